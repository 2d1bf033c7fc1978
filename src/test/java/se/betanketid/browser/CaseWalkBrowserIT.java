package se.betanketid.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import se.betanketid.RestCalls;

/**
 * A social services' case walked through Tasklist in headless Chromium, in Swedish, by the demo users:
 * sara starts it from the start form with two accompanying children (one without a known residence
 * basis), kim gives advice, sara decides to apply, submits the application and registers a granted
 * decision, the uncovered child's protection tasks wait for sara, and maria (the manager) finds the case
 * among the children without a residence basis on the dashboard. Screenshots: target/screenshots/walk-*.
 */
@ExtendWith(RunningApp.class)
class CaseWalkBrowserIT {

  static final String PROCESS_NAME = "Socialnämndens ansökan om betänketid";
  private static final LocalDate YESTERDAY = LocalDate.now(ZoneId.of("Europe/Stockholm")).minusDays(1);
  private final String personName = "Testa Webbläsardotter " + UUID.randomUUID().toString().substring(0, 6);

  @Test
  void socialWorkerCoordinatorAndManagerWalkACaseInSwedishTasklist() throws Exception {
    Browser browser = new Browser(RunningApp.baseUrl());
    try {
      Tasklist tasklist = new Tasklist(browser).openLoginPage();
      assertThat(browser.driver().findElement(By.cssSelector("input[ng-model='username']"))
          .getAttribute("placeholder")).isEqualTo("Användarnamn");
      assertThat(tasklist.button("Logga in").isDisplayed()).isTrue();
      browser.screenshot("walk-01-login-sara");

      tasklist.logIn("sara");
      assertThat(browser.text()).contains("Starta process", "Gruppens uppgifter");
      assertThat(browser.all(By.cssSelector(".ce-eol-banner")).stream().noneMatch(b -> b.isDisplayed()))
          .as("the Camunda 8 banner is hidden from case workers").isTrue();
      browser.screenshot("walk-02-tasklist-sara");

      String caseNumber = startCaseWithTwoChildren(browser, tasklist);

      tasklist.logOut().logIn("kim");
      giveAdvice(browser, tasklist, caseNumber);

      tasklist.logOut().logIn("sara");
      decideToApplyAndSubmit(browser, tasklist, caseNumber);
      registerGrantedDecision(browser, tasklist, caseNumber);
      uncoveredChildsTasksWaitForSara(browser, tasklist, caseNumber);

      tasklist.logOut().logIn("maria");
      managerSeesTheCaseOnTheDashboard(browser, caseNumber);
      printReadLog(caseNumber);
    } catch (RuntimeException | AssertionError failure) {
      browser.screenshot("walk-failed");
      throw failure;
    } finally {
      browser.close();
    }
  }

  /** The social services' start form filled in for a person identified yesterday, with consent. */
  static FormJs fillPerson(Browser browser, String personName) {
    return new FormJs(browser)
        .type("Namn", personName)
        .date("Födelsedatum", LocalDate.of(1998, 3, 14))
        .choose("Kön", "Kvinna")
        .type("Medborgarskap", "Moldavien")
        .type("Språk", "rumänska")
        .choose("Form av exploatering", "Sexuella ändamål")
        .tick("Personen kan antas vara offer för människohandel eller människoexploatering")
        .select("Uppehållstillstånd i Sverige", "Inget uppehållstillstånd")
        .date("Identifieringsdatum", YESTERDAY)
        .tick("Personen samtycker till kontakt med regionkoordinator");
  }

  /** A row of "Medföljande barn" (a child of Moldova) with the answer to "Vad kan ge barnet uppehållsgrund?". */
  static void addChild(FormJs form, String name, LocalDate birthDate, String coverage) {
    form.addRow("Medföljande barn")
        .type("Barnets namn", name)
        .date("Barnets födelsedatum", birthDate)
        .type("Barnets medborgarskap", "Moldavien")
        .select("Vad kan ge barnet uppehållsgrund?", coverage);
  }

  private String startCaseWithTwoChildren(Browser browser, Tasklist tasklist) {
    tasklist.startProcess(PROCESS_NAME).awaitForm();
    browser.screenshot("walk-03-start-form-empty");
    FormJs form = fillPerson(browser, personName);
    assertOneWorkingSubmit(browser);
    addChild(form, "Barnet Webbläsarsson 1", LocalDate.of(2019, 7, 2), "Ingen känd uppehållsgrund");
    addChild(form, "Barnet Webbläsarsson 2", LocalDate.of(2016, 1, 20), "Eget uppehållstillstånd");
    assertThat(form.errors()).isEmpty();
    assertOneWorkingSubmit(browser);
    browser.screenshot("walk-04-start-form-filled-one-submit");

    form.submitWithFormButton("Starta ärendet");
    tasklist.awaitNotification("Processen har startats.");
    browser.screenshot("walk-05-case-started");

    JsonNode instance = caseOf(personName);
    String caseNumber = instance.get("businessKey").asText();
    assertThat(caseNumber).matches("BT-\\d{4}-\\d{5}");
    JsonNode children = admin().get("/engine-rest/process-instance/" + instance.get("id").asText()
        + "/variables/children?deserializeValue=false").json();
    assertThat(children.get("value").asText()).contains("none_known", "own_permit")
        .contains("\"childBirthDate\":\"2019-07-02\"", "\"childBirthDate\":\"2016-01-20\"");
    assertStored(instance.get("id").asText(), "personBirthDate", "1998-03-14");
    assertStored(instance.get("id").asText(), "identificationDate", YESTERDAY.toString());
    return caseNumber;
  }

  /**
   * Tasklist's own "Starta" stays disabled once a dynamic-list row is typed in (camunda-notes.md): it is not
   * shown where the start form has its own submit button, so the person sees exactly one, and it works.
   */
  private static void assertOneWorkingSubmit(Browser browser) {
    assertThat(browser.all(By.cssSelector("button[ng-click='startProcessInstance()']")).stream()
        .noneMatch(button -> button.isDisplayed())).as("Tasklist's own Starta is not shown").isTrue();
    assertThat(browser.all(By.cssSelector(".modal button")).stream().filter(button -> button.isDisplayed())
        .map(button -> button.getText().trim()).filter(text -> text.startsWith("Start") || text.equals("Skicka"))
        .toList()).as("the submit buttons of the dialog").containsExactly("Starta ärendet");
  }

  /** The date as typed, ÅÅÅÅ-MM-DD, is what the case holds: a String, as the other code reads it. */
  private static void assertStored(String processInstanceId, String name, String day) {
    JsonNode variable = admin().get("/engine-rest/history/variable-instance?variableName=" + name
        + "&processInstanceId=" + processInstanceId).json();
    assertThat(variable).as(name).hasSize(1);
    assertThat(variable.get(0).get("type").asText()).as(name).isEqualTo("String");
    assertThat(variable.get(0).get("value").asText()).as(name).isEqualTo(day);
  }

  private void giveAdvice(Browser browser, Tasklist tasklist, String caseNumber) {
    browser.screenshot("walk-06-tasklist-kim");
    tasklist.openFilter("Gruppens uppgifter").openTask("Ge råd om ansökan – " + caseNumber).claim().awaitForm();
    new FormJs(browser)
        .type("Råd till socialtjänsten", "Villkoren verkar uppfyllda. Ansök i dag; kontakta NSP vid behov.")
        .choose("Rekommendation", "Ansök om betänketid");
    browser.screenshot("walk-07-advice-kim");
    tasklist.complete();
  }

  private void decideToApplyAndSubmit(Browser browser, Tasklist tasklist, String caseNumber) {
    tasklist.openFilter("Gruppens uppgifter").openTask("Besluta om ansökan – " + caseNumber).claim().awaitForm();
    FormJs form = new FormJs(browser).choose("Nämndens beslut", "Nämnden ansöker om betänketid");
    assertThat(form.hasVisibleField("Skäl att inte ansöka")).as("hidden while applying").isFalse();
    form.type("Beslutsfattare", "Sara Socialsekreterare")
        .date("Beslutsdatum", YESTERDAY)
        .type("Omständigheter som talar för att personen är offer", "Uppgifter från identifieringssamtalet.")
        .type("Kontaktperson hos socialtjänsten", "Sara Socialsekreterare")
        .type("Kontaktpersonens telefon", "08-123 456 78");
    browser.screenshot("walk-08-decision-to-apply-sara");
    tasklist.complete();

    tasklist.openFilter("Gruppens uppgifter").openTask("Skicka ansökan till Migrationsverket – " + caseNumber)
        .claim().awaitForm();
    new FormJs(browser).date("Datum då ansökan skickades", YESTERDAY);
    browser.screenshot("walk-09-application-submitted-sara");
    tasklist.complete();
    String instance = caseOf(personName).get("id").asText();
    assertStored(instance, "applicationDecisionDate", YESTERDAY.toString());
    assertStored(instance, "applicationDate", YESTERDAY.toString());
  }

  private void registerGrantedDecision(Browser browser, Tasklist tasklist, String caseNumber) {
    tasklist.openFilter("Gruppens uppgifter")
        .openTask("Registrera Migrationsverkets beslut – " + caseNumber).claim().awaitForm();
    new FormJs(browser).choose("Migrationsverkets beslut", "Beviljad betänketid").date("Beslutsdatum", YESTERDAY);
    browser.screenshot("walk-10-decision-granted-sara");
    tasklist.complete();
    JsonNode period = admin().get("/engine-rest/history/process-instance?processDefinitionKey="
        + "ReflectionPeriodProcess&processInstanceBusinessKey=" + caseNumber).json();
    assertThat(period).hasSize(1);
    JsonNode decision = admin().get("/engine-rest/history/variable-instance?variableName=decisionResult"
        + "&processInstanceId=" + period.get(0).get("id").asText()).json();
    assertThat(decision.findValuesAsText("value")).containsExactly("granted");
    assertStored(period.get(0).get("id").asText(), "decisionDate", YESTERDAY.toString());
  }

  private void uncoveredChildsTasksWaitForSara(Browser browser, Tasklist tasklist, String caseNumber) {
    tasklist.openFilter("Gruppens uppgifter").openTask("Säkra uppehållsgrund för barnet – " + caseNumber);
    assertThat(browser.text()).contains("Gör skyddsbedömning för barnet – " + caseNumber);
    browser.screenshot("walk-11-child-escalation-tasks-sara");
    JsonNode protection = admin().get("/engine-rest/task?processInstanceBusinessKey=" + caseNumber
        + "&taskDefinitionKey=UserTask_AssessChildProtection").json();
    assertThat(protection).as("every child gets the protection assessment, whatever its basis").hasSize(2);
    JsonNode securing = admin().get("/engine-rest/task?processInstanceBusinessKey=" + caseNumber
        + "&taskDefinitionKey=UserTask_SecureResidenceBasis").json();
    assertThat(securing).as("exactly one child is without a residence basis").hasSize(1);
  }

  /** maria (chef-0180) opens the dashboard with her Tasklist session: the uncovered child's case is listed. */
  private void managerSeesTheCaseOnTheDashboard(Browser browser, String caseNumber) {
    browser.screenshot("walk-12-tasklist-maria");
    browser.open("/dashboard");
    browser.await(By.xpath("//h1[normalize-space()='Betänketid – översikt']"));
    By childRow = By.xpath("//table[@id='children-items']//td[normalize-space()='" + caseNumber + "']");
    browser.await(childRow);
    assertThat(browser.text()).contains("barn utan uppehållsgrund", "Just nu").doesNotContain(personName);
    browser.script("arguments[0].scrollIntoView({block: 'center'});", browser.driver().findElement(childRow));
    browser.screenshot("walk-13-dashboard-maria");
    By arrivalRow = By.xpath("//table[@id='yearly']//td[normalize-space()="
        + "'utan egen uppehållsgrund när de registrerades']");
    browser.await(arrivalRow);
    browser.script("arguments[0].scrollIntoView({block: 'center'});", browser.driver().findElement(arrivalRow));
    browser.screenshot("walk-14-dashboard-children-on-arrival");
  }

  private static JsonNode caseOf(String personName) {
    JsonNode found = admin().post("/engine-rest/process-instance", Map.of(
        "processDefinitionKey", "SocialServicesApplicationProcess",
        "variables", List.of(Map.of("name", "personName", "operator", "eq", "value", personName)))).json();
    assertThat(found).as("the case of %s", personName).hasSize(1);
    return found.get(0);
  }

  private static RestCalls admin() {
    return RunningApp.rest("admin");
  }

  /** The read log of the walked case (readlog): how many reads of which kind the walk left, as maria sees them. */
  private static void printReadLog(String caseNumber) {
    JsonNode reads = RunningApp.rest("maria").get("/api/read-log?case=" + caseNumber).json().get("reads");
    java.util.Map<String, Integer> byKind = new java.util.TreeMap<>();
    reads.forEach(read -> byKind.merge(read.get("userId").asText() + " / " + read.get("channel").asText() + " / "
        + read.get("client").asText(), 1, Integer::sum));
    System.out.println("Read log of the walked case " + caseNumber + ": " + reads.size() + " rows " + byKind);
    assertThat(byKind.keySet()).anyMatch(kind -> kind.contains("Uppgiftens formulär / Tasklist"));
  }
}
