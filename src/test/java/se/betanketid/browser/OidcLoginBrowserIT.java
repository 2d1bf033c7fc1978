package se.betanketid.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import se.betanketid.CaseFixtures;
import se.betanketid.sso.KeycloakServer;
import se.betanketid.sso.OidcApp;

/**
 * Single sign-on in the browser (profile oidc, a real Keycloak): sara opens Tasklist, is sent to the provider's
 * login page, logs in there, completes a task in Tasklist and finds her cases in "Mina ärenden", logs out at
 * both ends (the provider asks for her password again); nils (Göteborg) sees none of her cases, neither in
 * Tasklist nor in the case list; ove, whose group maps to none of ours, gets the Swedish page "Ingen
 * behörighet". axe-core on our pages; Camunda's identity tables stay empty.
 */
@Tag("oidc")
class OidcLoginBrowserIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void saraLogsInAtTheProviderCompletesATaskAndLogsOutAtBothEnds() throws Exception {
    RunningApp.requireBrowser();
    KeycloakServer keycloak = KeycloakServer.get();
    OidcApp app = OidcApp.get();
    String base = app.baseUrl();
    Browser browser = null;
    try {
      String admin = keycloak.personToken("test-cli", "admin");
      Waiting done = submitApplicationTaskOfStockholm(base, admin);
      Waiting open = submitApplicationTaskOfStockholm(base, admin);
      Waiting gothenburg = submitApplicationTask(base, admin, "1480");
      browser = new Browser(base);
      browser.open(Tasklist.PATH);
      logInAtProvider(browser, keycloak, "sara");
      Tasklist tasklist = new Tasklist(browser);
      browser.await(By.xpath("//*[contains(@class,'filters')]//a[starts-with(normalize-space(),'Mina uppgifter')]"));
      assertThat(browser.await(By.xpath("//*[normalize-space()='Sara Socialsekreterare']")).isDisplayed())
          .as("her name, from the provider's token").isTrue();
      browser.screenshot("oidc-02-tasklist-sara");

      tasklist.openTaskById(done.taskId()).claim().awaitForm();
      // not before the identification date, which the case fixture sets to today
      new FormJs(browser).date("Datum då ansökan skickades", LocalDate.now(ZoneId.of("Europe/Stockholm")));
      browser.screenshot("oidc-03-task-form-sara");
      tasklist.complete();
      JsonNode history = JSON.readTree(get(base + "/engine-rest/history/task?taskId=" + done.taskId(), admin).body());
      assertThat(history).hasSize(1);
      assertThat(history.get(0).get("assignee").asText()).isEqualTo("sara");
      assertThat(history.get(0).get("deleteReason").asText()).isEqualTo("completed");

      browser.open("/cases");
      browser.await(By.xpath("//table[@id='cases']//a[normalize-space()='" + open.caseNumber() + "']"));
      browser.await(By.xpath("//table[@id='cases']//a[normalize-space()='" + done.caseNumber() + "']"));
      browser.screenshot("oidc-04-case-list-sara");
      assertThat(Axe.seriousViolations(browser)).as("axe-core on the case list (oidc)").isEmpty();

      logOut(browser, keycloak);
      logInAtProvider(browser, keycloak, "nils");
      browser.await(By.xpath("//*[contains(@class,'filters')]//a[starts-with(normalize-space(),'Mina uppgifter')]"));
      tasklist.openFilter("Gruppens uppgifter");
      browser.await(By.xpath("//*[contains(@class,'tasks-list')]//*[contains(normalize-space(),'"
          + gothenburg.caseNumber() + "')]"));
      assertThat(browser.text()).as("nils (Göteborg) in Tasklist: his case, none of sara's")
          .doesNotContain(open.caseNumber()).doesNotContain(done.caseNumber());
      browser.screenshot("oidc-05-tasklist-nils");
      browser.open("/cases");
      browser.await(By.xpath("//table[@id='cases']//a[normalize-space()='" + gothenburg.caseNumber() + "']"));
      assertThat(browser.text()).as("nils's case list").doesNotContain(open.caseNumber())
          .doesNotContain(done.caseNumber());
      browser.screenshot("oidc-06-case-list-nils");
      browser.open("/cases/" + open.caseNumber());
      browser.await(By.xpath("//h1[normalize-space()='Ärendet hittades inte']"));
      assertThat(browser.text()).doesNotContain(open.caseNumber() + " ");

      logOut(browser, keycloak);
      logInAtProvider(browser, keycloak, "ove");
      browser.await(By.xpath("//h1[normalize-space()='Ingen behörighet']"));
      assertThat(browser.text()).contains("ingen av dina grupper");
      browser.screenshot("oidc-08-no-group-ove");
      assertThat(Axe.seriousViolations(browser)).as("axe-core on the refusal page").isEmpty();

      assertThat(app.identityRows()).as("Camunda's identity tables after three logins").allSatisfy(
          (table, rows) -> assertThat(rows).as(table).isZero());
    } catch (RuntimeException | AssertionError failure) {
      if (browser != null) {
        browser.screenshot("oidc-failed");
      }
      throw failure;
    } finally {
      if (browser != null) {
        browser.close();
      }
    }
  }

  /** /logout ends the session here and at the provider: Tasklist then asks for a password again. */
  private static void logOut(Browser browser, KeycloakServer keycloak) {
    browser.open("/logout");
    browser.await(By.xpath("//h1[normalize-space()='Du är utloggad']"));
    browser.screenshot("oidc-07-logged-out");
    assertThat(Axe.seriousViolations(browser)).as("axe-core on the page after logout").isEmpty();
    browser.open(Tasklist.PATH);
    browser.await(By.id("username"));
    assertThat(browser.driver().getCurrentUrl()).as("the provider's session ended too")
        .startsWith(keycloak.issuer());
  }

  /** A task of a case waiting in Tasklist, and the case's number. */
  private record Waiting(String taskId, String caseNumber) {}

  private static void logInAtProvider(Browser browser, KeycloakServer keycloak, String user) {
    browser.await(By.id("username"));
    assertThat(browser.driver().getCurrentUrl()).startsWith(keycloak.issuer());
    browser.screenshot("oidc-01-provider-login-" + user);
    Tasklist.clearAndType(browser.driver().findElement(By.id("username")), user);
    Tasklist.clearAndType(browser.driver().findElement(By.id("password")), user);
    browser.driver().findElement(By.id("kc-login")).click();
  }

  /** A case of Stockholm (0180, sara's) waiting at "Skicka ansökan till Migrationsverket", started by admin. */
  private Waiting submitApplicationTaskOfStockholm(String base, String admin) throws Exception {
    return submitApplicationTask(base, admin, "0180");
  }

  /** A case of the municipality waiting at "Skicka ansökan till Migrationsverket", started by admin. */
  private Waiting submitApplicationTask(String base, String admin, String municipality) throws Exception {
    Map<String, Object> variables = CaseFixtures.socialServicesCase().with("municipalityCode", municipality)
        .with("identityDocument", "pass " + UUID.randomUUID().toString().substring(0, 8)).restVariables();
    String body = JSON.writeValueAsString(Map.of("variables", variables, "startInstructions",
        List.of(Map.of("type", "startBeforeActivity", "activityId", "UserTask_SubmitApplication"))));
    HttpResponse<String> started = http.send(HttpRequest.newBuilder(URI.create(
            base + "/engine-rest/process-definition/key/SocialServicesApplicationProcess/start"))
        .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    String instance = JSON.readTree(started.body()).get("id").asText();
    // the decision task before it was skipped: its decision, as the admin may set it
    HttpResponse<String> decided = http.send(HttpRequest.newBuilder(URI.create(base + "/engine-rest/process-instance/"
            + instance + "/variables/applicationDecision"))
        .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString("{\"value\":\"apply\",\"type\":\"String\"}")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(decided.statusCode()).as(decided.body()).isEqualTo(204);
    JsonNode tasks = JSON.readTree(get(base + "/engine-rest/task?processInstanceId=" + instance
        + "&taskDefinitionKey=UserTask_SubmitApplication", admin).body());
    assertThat(tasks).hasSize(1);
    String caseNumber = JSON.readTree(get(base + "/engine-rest/process-instance/" + instance, admin).body())
        .get("businessKey").asText();
    assertThat(caseNumber).startsWith("BT-");
    return new Waiting(tasks.get(0).get("id").asText(), caseNumber);
  }

  private HttpResponse<String> get(String url, String token) throws Exception {
    HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(url))
        .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return answer;
  }
}
