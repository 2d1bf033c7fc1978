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
import se.betanketid.resilience.PackagedApp;
import se.betanketid.sso.KeycloakServer;
import se.betanketid.sso.OidcApp;

/**
 * Single sign-on in the browser (profile oidc, a real Keycloak): sara opens Tasklist, is sent to the provider's
 * login page, logs in there, completes a task in Tasklist, logs out at both ends (the provider asks for her
 * password again); ove, whose group maps to none of ours, gets the Swedish page "Ingen behörighet".
 */
@Tag("oidc")
class OidcLoginBrowserIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void saraLogsInAtTheProviderCompletesATaskAndLogsOutAtBothEnds() throws Exception {
    RunningApp.requireBrowser();
    KeycloakServer keycloak = KeycloakServer.get();
    PackagedApp app = OidcApp.start(keycloak, "oidc-browser");
    String base = "http://localhost:" + app.port();
    Browser browser = null;
    try {
      String admin = keycloak.personToken("test-cli", "admin");
      String taskId = submitApplicationTaskOfStockholm(base, admin);
      browser = new Browser(base);
      browser.open(Tasklist.PATH);
      logInAtProvider(browser, keycloak, "sara");
      Tasklist tasklist = new Tasklist(browser);
      browser.await(By.xpath("//*[contains(@class,'filters')]//a[starts-with(normalize-space(),'Mina uppgifter')]"));
      browser.screenshot("oidc-02-tasklist-sara");

      tasklist.openTaskById(taskId).claim().awaitForm();
      // not before the identification date, which the case fixture sets to today
      new FormJs(browser).date("Datum då ansökan skickades", LocalDate.now(ZoneId.of("Europe/Stockholm")));
      browser.screenshot("oidc-03-task-form-sara");
      tasklist.complete();
      HttpResponse<String> done = get(base + "/engine-rest/history/task?taskId=" + taskId, admin);
      JsonNode history = JSON.readTree(done.body());
      assertThat(history).hasSize(1);
      assertThat(history.get(0).get("assignee").asText()).isEqualTo("sara");
      assertThat(history.get(0).get("deleteReason").asText()).isEqualTo("completed");

      browser.open("/logout");
      browser.await(By.xpath("//h1[normalize-space()='Du är utloggad']"));
      browser.screenshot("oidc-04-logged-out");
      browser.open(Tasklist.PATH);
      browser.await(By.id("username"));
      assertThat(browser.driver().getCurrentUrl()).as("the provider's session ended too")
          .startsWith(keycloak.issuer());

      logInAtProvider(browser, keycloak, "ove");
      browser.await(By.xpath("//h1[normalize-space()='Ingen behörighet']"));
      assertThat(browser.text()).contains("ingen av dina grupper");
      browser.screenshot("oidc-05-no-group-ove");
    } catch (RuntimeException | AssertionError failure) {
      if (browser != null) {
        browser.screenshot("oidc-failed");
      }
      throw failure;
    } finally {
      if (browser != null) {
        browser.close();
      }
      app.stop();
    }
  }

  private static void logInAtProvider(Browser browser, KeycloakServer keycloak, String user) {
    browser.await(By.id("username"));
    assertThat(browser.driver().getCurrentUrl()).startsWith(keycloak.issuer());
    browser.screenshot("oidc-01-provider-login-" + user);
    Tasklist.clearAndType(browser.driver().findElement(By.id("username")), user);
    Tasklist.clearAndType(browser.driver().findElement(By.id("password")), user);
    browser.driver().findElement(By.id("kc-login")).click();
  }

  /** A case of Stockholm (0180, sara's) waiting at "Skicka ansökan till Migrationsverket", started by admin. */
  private String submitApplicationTaskOfStockholm(String base, String admin) throws Exception {
    Map<String, Object> variables = CaseFixtures.socialServicesCase()
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
    return tasks.get(0).get("id").asText();
  }

  private HttpResponse<String> get(String url, String token) throws Exception {
    HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(url))
        .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return answer;
  }
}
