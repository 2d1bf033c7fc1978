package se.betanketid.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import se.betanketid.RestCalls;

/**
 * Every Camunda Form of forms/ opened once in Swedish Tasklist: start forms from the start dialog, task forms
 * on a task that the REST API creates (as admin, with startBeforeActivity; cases of Göteborg, 1480, so that
 * the walk's lists stay short). Each renders without an error, shows its Swedish labels and the * of its
 * required fields, and a submit with an empty required field shows Swedish messages and changes nothing.
 * Screenshots: target/screenshots/form-*.
 */
@ExtendWith(RunningApp.class)
class FormsBrowserIT {

  private static final String SOCIAL = "SocialServicesApplicationProcess";
  private static final String INVESTIGATION = "InvestigationLeaderApplicationProcess";
  private static final String PERIOD = "ReflectionPeriodProcess";
  private static final String CHILD = "AccompanyingChildProcess";
  private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
  private static FormPage page;

  static Stream<Arguments> taskForms() {
    return Stream.of(
        task("advise-on-application", SOCIAL, "AdviseOnApplication"),
        Arguments.of("record-anonymous-consultation", SOCIAL, "UserTask_RecordAnonymousConsultation",
            "Jag har rådfrågat en regionkoordinator anonymt"),
        task("go-on-without-advice", SOCIAL, "GoOnWithoutAdvice"),
        task("record-not-eligible", SOCIAL, "RecordAlternative"),
        task("decide-on-application", SOCIAL, "DecideOnApplication"),
        task("submit-application", SOCIAL, "SubmitApplication"),
        task("record-nsp-support", SOCIAL, "RecordNspSupport"),
        task("offer-support", INVESTIGATION, "OfferSupport"),
        task("acknowledge-case", INVESTIGATION, "AcknowledgeCase"),
        task("register-decision", PERIOD, "RegisterDecision"),
        task("record-alternative", PERIOD, "RecordAlternative"),
        task("plan-next-step", PERIOD, "PlanNextStep"),
        task("record-outcome", PERIOD, "RecordOutcome"),
        task("record-permit", PERIOD, "RecordPermit"),
        task("consider-permit-renewal", PERIOD, "ConsiderPermitRenewal"),
        task("arrange-assisted-return", PERIOD, "ArrangeAssistedReturn"),
        task("record-longer-period", PERIOD, "RecordLongerPeriod"),
        task("assess-child-protection", CHILD, "AssessChildProtection"),
        task("make-initial-assessment", CHILD, "MakeInitialAssessment"),
        task("open-child-application", CHILD, "OpenChildsOwnApplication"),
        task("secure-child-residence-basis", CHILD, "SecureResidenceBasis"),
        task("complete-child-investigation", CHILD, "CompleteChildInvestigation"));
  }

  private static Arguments task(String formId, String processKey, String activity) {
    return Arguments.of(formId, processKey, "UserTask_" + activity, null);
  }

  static Stream<Arguments> startForms() {
    return Stream.of(
        Arguments.of("social-services-start", "sara", CaseWalkBrowserIT.PROCESS_NAME, "Starta ärendet"),
        Arguments.of("investigation-leader-start", "alex", "Ansökan om betänketid från förundersökningsledare",
            "Skicka ansökan"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("startForms")
  void startFormRendersInSwedishAndRefusesAnEmptyRequiredField(String formId, String user, String processName,
      String submitLabel) throws Exception {
    FormPage form = page().as(user);
    form.tasklist().startProcess(processName).awaitForm();
    form.checkRendersInSwedish(formId);
    form.browser().screenshot("form-" + formId);

    List<String> messages = form.submitEmpty(() -> new FormJs(form.browser()).submitWithFormButton(submitLabel));
    form.browser().screenshot("form-" + formId + "-required");
    assertThat(messages).isNotEmpty().allMatch(FormPage::isSwedishMessage);
    assertThat(form.browser().all(By.cssSelector(".modal .fjs-container"))).as("the dialog stays open")
        .isNotEmpty();
    form.tasklist().button("Stäng").click();
  }

  /** Task forms, each with the checkbox that shows its required fields where a condition hides them. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("taskForms")
  void taskFormRendersInSwedishAndRefusesAnEmptyRequiredField(String formId, String processKey,
      String activityId, String checkboxShowingRequiredFields) throws Exception {
    String taskId = TaskFactory.taskAt(processKey, activityId);
    FormPage form = page().as("admin");
    form.tasklist().openTaskById(taskId).claim().awaitForm();
    form.checkRendersInSwedish(formId);
    form.browser().screenshot("form-" + formId);

    if (checkboxShowingRequiredFields != null) {
      new FormJs(form.browser()).tick(checkboxShowingRequiredFields);
    }
    if (form.hasEmptyRequiredField()) {
      List<String> messages = form.submitEmpty(() -> form.browser().click(form.tasklist().completeButton()));
      form.browser().screenshot("form-" + formId + "-required");
      assertThat(messages).isNotEmpty().allMatch(FormPage::isSwedishMessage);
      assertThat(RunningApp.rest("admin").get("/engine-rest/task/" + taskId).status())
          .as("the task is still open").isEqualTo(200);
    }
  }

  /**
   * A value the form accepts but the server refuses (an application date in the future): Tasklist shows the
   * server's Swedish message naming the field, and nothing of Camunda's English ("Cannot submit task form …").
   */
  @Test
  void aRefusalByTheServerShowsOnlyTheSwedishMessageNamingTheField() throws Exception {
    String taskId = TaskFactory.taskAt(SOCIAL, "UserTask_SubmitApplication");
    FormPage form = page().as("admin");
    form.tasklist().openTaskById(taskId).claim().awaitForm();
    new FormJs(form.browser()).date("Datum då ansökan skickades", LocalDate.now(SWEDEN).plusDays(2));
    form.browser().click(form.tasklist().completeButton());

    String shown = form.tasklist().awaitErrorNotification();
    form.browser().screenshot("form-submit-application-refused-by-server");
    assertThat(shown).contains("Fältet \"Datum då ansökan skickades\" kan inte vara ett datum i framtiden.")
        .doesNotContainIgnoringCase("cannot").doesNotContainIgnoringCase("submit")
        .doesNotContainIgnoringCase("task form").doesNotContain(taskId);
    assertThat(RunningApp.rest("admin").get("/engine-rest/task/" + taskId).status())
        .as("the task is still open").isEqualTo(200);
    form.tasklist().dismissNotifications();
  }

  /**
   * The task "Skicka ansökan till Migrationsverket" links the case's documents (form-js templating puts the case
   * number into the link); this case was started at the task, without the board's decision, so the application
   * answers 409 in Swedish.
   */
  @Test
  void theSubmitTaskLinksTheCaseDocuments() throws Exception {
    String taskId = TaskFactory.taskAt(SOCIAL, "UserTask_SubmitApplication");
    String caseNumber = RunningApp.rest("admin").get("/engine-rest/task/" + taskId + "/variables/caseNumber").json()
        .get("value").asText();
    FormPage form = page().as("admin");
    form.tasklist().openTaskById(taskId).claim().awaitForm();
    String href = form.browser().driver().findElement(By.linkText("Hämta ansökan som PDF"))
        .getAttribute("href");
    form.browser().screenshot("form-submit-application-document-links");
    assertThat(href).endsWith("/api/cases/" + caseNumber + "/application.pdf");
    RestCalls.Answer answer = RunningApp.rest("admin").get("/api/cases/" + caseNumber + "/application.pdf");
    assertThat(answer.status()).as(answer.body()).isEqualTo(409);
    assertThat(answer.body()).contains("Besluta om ansökan");
  }

  @Test
  void everyFormOfTheProjectIsOpenedHere() throws Exception {
    Set<String> listed = new TreeSet<>();
    Stream.concat(taskForms(), startForms()).forEach(arguments -> listed.add((String) arguments.get()[0]));
    assertThat(listed).isEqualTo(FormPage.formIds());
  }

  @AfterAll
  static void closeBrowser() {
    if (page != null) {
      page.browser().close();
    }
  }

  private static FormPage page() throws Exception {
    if (page == null) {
      page = new FormPage(new Browser(RunningApp.baseUrl()));
    }
    return page;
  }
}
