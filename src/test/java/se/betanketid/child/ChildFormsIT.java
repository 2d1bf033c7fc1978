package se.betanketid.child;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static se.betanketid.child.ChildProcess.ASSESS_CHILD_PROTECTION;
import static se.betanketid.child.ChildProcess.COMPLETE_CHILD_INVESTIGATION;
import static se.betanketid.child.ChildProcess.MAKE_INITIAL_ASSESSMENT;
import static se.betanketid.child.ChildProcess.OPEN_CHILDS_OWN_APPLICATION;
import static se.betanketid.child.ChildProcess.OPEN_INVESTIGATION;
import static se.betanketid.child.ChildProcess.SECURE_RESIDENCE_BASIS;

import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import se.betanketid.validation.CaseValidationException;

/** The children's forms checked on the server: required fields and the date rules; nothing is completed. */
class ChildFormsIT extends ChildTestSupport {

  @Test
  void reportOfConcernCannotBeInTheFutureNorTheProtectionAssessmentPrecedeIt() {
    ProcessInstance child = startChild("none_known");

    refused(child, ASSESS_CHILD_PROTECTION, withVariables("concernReportDate", "2026-03-03",
        "protectionAssessmentDate", "2026-03-02", "protectionAssessment", "Bedömning."),
        "concernReportDate", "Fältet \"Datum för orosanmälan\" kan inte vara ett datum i framtiden.");
    refused(child, ASSESS_CHILD_PROTECTION, withVariables("concernReportDate", "2026-03-02",
        "protectionAssessmentDate", "2026-03-01", "protectionAssessment", "Bedömning."),
        "protectionAssessmentDate", "Fältet \"Datum för skyddsbedömningen\" kan inte vara före \"Datum för orosanmälan\".");
  }

  @Test
  void coverageMustBeChosenAndItsDateNotInTheFuture() {
    ProcessInstance child = startChild("none_known");

    refused(child, SECURE_RESIDENCE_BASIS, withVariables("securedCoverageDate", "2026-03-02"),
        "securedCoverage", "Hur omfattas barnet nu?");
    refused(child, SECURE_RESIDENCE_BASIS, withVariables("securedCoverage", "guardian_period",
        "securedCoverageDate", "2026-03-02"), "securedCoverage", "Hur omfattas barnet nu?");
    refused(child, SECURE_RESIDENCE_BASIS, withVariables("securedCoverage", "asylum",
        "securedCoverageDate", "2026-03-05"), "securedCoverageDate", "kan inte vara ett datum i framtiden");
    assertThat(child).variables().containsEntry("childEscalationOpen", true);
  }

  @Test
  void initialAssessmentIsNotBeforeTheReportOfConcernNorInTheFuture() {
    ProcessInstance child = startChild("asylum");
    complete(task(ASSESS_CHILD_PROTECTION, child), protectionAssessment("2026-03-02"));

    refused(child, MAKE_INITIAL_ASSESSMENT, initialAssessment(OPEN_INVESTIGATION, "2026-03-01"),
        "initialAssessmentDate", "Fältet \"Datum för beslutet\" kan inte vara före \"Datum för orosanmälan\".");
    refused(child, MAKE_INITIAL_ASSESSMENT, initialAssessment(OPEN_INVESTIGATION, "2026-03-03"),
        "initialAssessmentDate", "Fältet \"Datum för beslutet\" kan inte vara ett datum i framtiden.");
    refused(child, MAKE_INITIAL_ASSESSMENT, initialAssessment("maybe", "2026-03-02"),
        "initialAssessmentOutcome", "Beslut");
  }

  @Test
  void childsOwnCaseMustBeAnotherOpenCase() {
    ProcessInstance child = startChild("own_application");

    refused(child, OPEN_CHILDS_OWN_APPLICATION, withVariables("childCaseNumber", child.getBusinessKey()),
        "childCaseNumber", "ska ha barnets eget ärendenummer, inte vårdnadshavarens");
    refused(child, OPEN_CHILDS_OWN_APPLICATION, withVariables("childCaseNumber", "BT-2099-99999"),
        "childCaseNumber", "det finns inget pågående ärende BT-2099-99999 som du har tillgång till");
    refused(child, OPEN_CHILDS_OWN_APPLICATION, withVariables("childCaseNumber", "barnets ärende"),
        "childCaseNumber", "Barnets ärendenummer");
    assertThat(child).variables().doesNotContainKey("childCaseNumber");
  }

  @Test
  void investigationCannotBeFinishedBeforeItWasOpened() {
    ProcessInstance child = startChild("asylum");
    complete(task(ASSESS_CHILD_PROTECTION, child), protectionAssessment("2026-02-27"));
    complete(task(MAKE_INITIAL_ASSESSMENT, child), initialAssessment(OPEN_INVESTIGATION, "2026-03-02"));

    refused(child, COMPLETE_CHILD_INVESTIGATION, withVariables("childInvestigationCompletedDate", "2026-02-28",
        "childInvestigationOutcome", "support"), "childInvestigationCompletedDate",
        "Fältet \"Datum då utredningen slutfördes\" kan inte vara före \"Datum för beslutet\".");
  }

  @Test
  void investigationCannotBeFinishedInTheFuture() {
    ProcessInstance child = startChild("none_known");
    openInvestigation(child);

    refused(child, COMPLETE_CHILD_INVESTIGATION, withVariables("childInvestigationCompletedDate", "2026-07-01",
        "childInvestigationOutcome", "support"), "childInvestigationCompletedDate", "i framtiden");
  }

  private void refused(ProcessInstance child, String taskKey, Map<String, Object> values, String field,
      String message) {
    String taskId = task(taskKey, child).getId();
    Throwable thrown = Assertions.catchThrowable(() -> taskService.complete(taskId, values));
    while (thrown != null && !(thrown instanceof CaseValidationException)) {
      thrown = thrown.getCause();
    }
    Assertions.assertThat(thrown).as("a CaseValidationException, also as the cause").isNotNull();
    CaseValidationException refusal = (CaseValidationException) thrown;
    Assertions.assertThat(refusal.getField()).isEqualTo(field);
    Assertions.assertThat(refusal.getMessage()).contains(message);
    assertThat(child).isWaitingAt(taskKey);
  }
}
