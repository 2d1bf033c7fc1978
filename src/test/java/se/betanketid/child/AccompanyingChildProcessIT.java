package se.betanketid.child;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static se.betanketid.child.ChildProcess.ASSESS_CHILD_PROTECTION;
import static se.betanketid.child.ChildProcess.CHILD_COVERED_ON_ARRIVAL;
import static se.betanketid.child.ChildProcess.CHILD_SITUATION_RESOLVED;
import static se.betanketid.child.ChildProcess.CHILD_WITHOUT_COVERAGE;
import static se.betanketid.child.ChildProcess.COMPLETE_CHILD_INVESTIGATION;
import static se.betanketid.child.ChildProcess.ESCALATE_BASIS_AT_PERIOD_END;
import static se.betanketid.child.ChildProcess.ESCALATE_BASIS_BEFORE_PERIOD_ENDS;
import static se.betanketid.child.ChildProcess.ESCALATE_CHILD_INVESTIGATION;
import static se.betanketid.child.ChildProcess.ESCALATE_CHILD_PROTECTION;
import static se.betanketid.child.ChildProcess.ESCALATE_INITIAL_ASSESSMENT;
import static se.betanketid.child.ChildProcess.MAKE_INITIAL_ASSESSMENT;
import static se.betanketid.child.ChildProcess.NO_INVESTIGATION;
import static se.betanketid.child.ChildProcess.OPEN_CHILDS_OWN_APPLICATION;
import static se.betanketid.child.ChildProcess.OPEN_INVESTIGATION;
import static se.betanketid.child.ChildProcess.SECURE_RESIDENCE_BASIS;

import java.time.LocalDateTime;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import se.betanketid.CaseFixtures;

/**
 * AccompanyingChildProcess on its own: every child gets the protection track, the uncovered child also the
 * escalation, and its deadlines. The track's own detours and timers: ChildProtectionTrackIT.
 */
class AccompanyingChildProcessIT extends ChildTestSupport {

  @Test
  void coveredChildGetsTheWholeProtectionTrackWithoutEscalation() {
    ProcessInstance child = startChild("asylum");

    assertThat(child).isWaitingAtExactly(ASSESS_CHILD_PROTECTION).hasPassed(CHILD_COVERED_ON_ARRIVAL)
        .hasNotPassed(CHILD_WITHOUT_COVERAGE);
    assertThat(child).variables().containsEntry("childCovered", true).containsEntry("coverageBasis", "asylum")
        .containsEntry("coveredOnArrival", true).containsEntry("childEscalationOpen", false);
    assertThat(task(child)).hasName("Gör skyddsbedömning för barnet – " + child.getBusinessKey())
        .hasCandidateGroup("socialtjanst-0180").hasDueDate(at(MONDAY_MORNING.plusDays(1)));

    complete(task(child), protectionAssessment());
    assertThat(child).isWaitingAtExactly(MAKE_INITIAL_ASSESSMENT);
    assertThat(task(child)).hasName("Gör förhandsbedömning för barnet – " + child.getBusinessKey())
        .hasCandidateGroup("socialtjanst-0180").hasDueDate(at(LocalDateTime.of(2026, 3, 16, 8, 0)));

    setClock(LocalDateTime.of(2026, 3, 10, 9, 0));
    complete(task(child), initialAssessment(OPEN_INVESTIGATION, "2026-03-10"));
    assertThat(child).isWaitingAtExactly(COMPLETE_CHILD_INVESTIGATION);
    assertThat(task(child)).as("four months from the decision to open it, not from the case's start")
        .hasName("Slutför barnutredning – " + child.getBusinessKey())
        .hasDueDate(at(LocalDateTime.of(2026, 7, 10, 8, 0)));

    complete(task(child), withVariables("childInvestigationCompletedDate", "2026-03-10",
        "childInvestigationOutcome", "support"));
    assertThat(child).isEnded().hasPassed("EndEvent_ChildInvestigationCompleted")
        .hasNotPassed(CHILD_WITHOUT_COVERAGE, ESCALATE_CHILD_PROTECTION, ESCALATE_INITIAL_ASSESSMENT);
  }

  @Test
  void uncoveredChildGetsTheProtectionTrackAndTheEscalation() {
    ProcessInstance child = startChild("none_known");

    assertThat(child).hasPassed(CHILD_WITHOUT_COVERAGE)
        .isWaitingAtExactly(ASSESS_CHILD_PROTECTION, "SubProcess_SecureResidenceBasis", SECURE_RESIDENCE_BASIS);
    assertThat(child).variables().containsEntry("childCovered", false).containsEntry("coverageBasis", "none")
        .containsEntry("coveredOnArrival", false).containsEntry("childEscalationOpen", true);
    String caseNumber = child.getBusinessKey();
    assertThat(task(ASSESS_CHILD_PROTECTION, child)).hasName("Gör skyddsbedömning för barnet – " + caseNumber)
        .hasCandidateGroup("socialtjanst-0180").hasDueDate(at(MONDAY_MORNING.plusDays(1)));
    assertThat(task(SECURE_RESIDENCE_BASIS, child)).hasName("Säkra uppehållsgrund för barnet – " + caseNumber)
        .hasDueDate(at(LocalDateTime.of(2026, 4, 1, 8, 0)));

    openInvestigation(child);
    assertThat(child).isWaitingAtExactly("SubProcess_SecureResidenceBasis", SECURE_RESIDENCE_BASIS,
        COMPLETE_CHILD_INVESTIGATION);
    assertThat(task(COMPLETE_CHILD_INVESTIGATION, child)).hasName("Slutför barnutredning – " + caseNumber)
        .hasDueDate(at(LocalDateTime.of(2026, 7, 2, 8, 0)));
    for (Task task : taskQuery().processInstanceId(child.getId()).list()) {
      Assertions.assertThat(task.getDescription()).contains("ett medföljande barn");
      for (String personalData : CaseFixtures.PERSONAL_DATA) {
        Assertions.assertThat(task.getName()).doesNotContain(personalData);
        Assertions.assertThat(task.getDescription()).doesNotContain(personalData);
      }
    }
  }

  @Test
  void lateProtectionAssessmentIsEscalatedToTheManager() {
    ProcessInstance child = startChild("none_known");
    Assertions.assertThat(job("BoundaryEvent_ChildProtectionOverdue", child).getDuedate())
        .isEqualTo(at(MONDAY_MORNING.plusDays(1)));

    Assertions.assertThat(escalationKindsWhenDue(child, "BoundaryEvent_ChildProtectionOverdue",
        MONDAY_MORNING.plusDays(1).plusMinutes(1), ESCALATE_CHILD_PROTECTION))
        .containsExactly("PROTECTION_ASSESSMENT_OVERDUE");
    assertThat(child).isWaitingAt(ASSESS_CHILD_PROTECTION);
  }

  @Test
  void lateChildInvestigationIsEscalatedToTheManagerAfterFourMonths() {
    ProcessInstance child = startChild("none_known");
    openInvestigation(child);

    Assertions.assertThat(escalationKindsWhenDue(child, "BoundaryEvent_ChildInvestigationOverdue",
        LocalDateTime.of(2026, 7, 2, 8, 1), ESCALATE_CHILD_INVESTIGATION))
        .containsExactly("CHILD_INVESTIGATION_OVERDUE");
    assertThat(child).isWaitingAt(COMPLETE_CHILD_INVESTIGATION);
  }

  @Test
  void uncoveredChildIsEscalatedFiveDaysBeforeAndOnTheEndOfTheGuardiansPeriod() {
    ProcessInstance child = startChild("none_known");
    guardianPeriodGranted(child, "2026-04-01");
    assertThat(task(SECURE_RESIDENCE_BASIS, child)).hasDueDate(at(LocalDateTime.of(2026, 4, 1, 8, 0)));

    Assertions.assertThat(escalationKindsWhenDue(child, "IntermediateCatchEvent_BeforeGuardianPeriodEnds",
        LocalDateTime.of(2026, 3, 27, 8, 0), ESCALATE_BASIS_BEFORE_PERIOD_ENDS))
        .containsExactly("CHILD_BASIS_OVERDUE");
    Assertions.assertThat(job("IntermediateCatchEvent_GuardianPeriodEnds", child).getDuedate())
        .isEqualTo(at(LocalDateTime.of(2026, 4, 1, 8, 0)));

    Assertions.assertThat(escalationKindsWhenDue(child, "IntermediateCatchEvent_GuardianPeriodEnds",
        LocalDateTime.of(2026, 4, 1, 8, 0), ESCALATE_BASIS_AT_PERIOD_END))
        .containsExactly("CHILD_BASIS_OVERDUE");
    assertThat(child).isWaitingAt(SECURE_RESIDENCE_BASIS);
    assertThat(child).variables().containsEntry("childEscalationOpen", true);
  }

  @Test
  void securedBasisClosesTheEscalationAndStopsTheGuardianDeadlines() {
    ProcessInstance child = startChild("none_known");
    guardianPeriodGranted(child, "2026-04-01");

    complete(task(SECURE_RESIDENCE_BASIS, child), secured("asylum"));

    assertThat(child).hasPassed(CHILD_SITUATION_RESOLVED);
    assertThat(child).variables().containsEntry("childCovered", true).containsEntry("coverageBasis", "asylum")
        .containsEntry("childEscalationOpen", false).as("uncovered on arrival stays so in the statistics")
        .containsEntry("coveredOnArrival", false);
    Assertions.assertThat(jobQuery().processInstanceId(child.getId())
        .activityId("IntermediateCatchEvent_BeforeGuardianPeriodEnds").count()).isZero();

    openInvestigation(child);
    complete(task(COMPLETE_CHILD_INVESTIGATION, child), investigation());
    assertThat(child).isEnded();
  }

  @Test
  void ownApplicationRecordedAsTheBasisClosesTheEscalationAndAsksForTheChildsOwnCaseOnce() {
    ProcessInstance child = startChild("none_known");

    complete(task(SECURE_RESIDENCE_BASIS, child), secured("own_application"));

    assertThat(child).hasPassed(CHILD_SITUATION_RESOLVED)
        .isWaitingAtExactly(ASSESS_CHILD_PROTECTION, OPEN_CHILDS_OWN_APPLICATION);
    assertThat(child).variables().containsEntry("childEscalationOpen", false)
        .containsEntry("coverageBasis", "own_application").containsEntry("ownApplicationAsked", true);

    complete(task(ASSESS_CHILD_PROTECTION, child), protectionAssessment());
    Map<String, Object> outcome = initialAssessment(NO_INVESTIGATION, "2026-03-02");
    outcome.put("childPresumedVictim", true);
    complete(task(MAKE_INITIAL_ASSESSMENT, child), outcome);
    assertThat(child).isWaitingAtExactly(OPEN_CHILDS_OWN_APPLICATION);
    Assertions.assertThat(taskQuery().processInstanceId(child.getId()).count()).isEqualTo(1);
  }

  @Test
  void childThatLeftSwedenClosesTheEscalationButIsNotCountedAsCovered() {
    ProcessInstance child = startChild("none_known");

    complete(task(SECURE_RESIDENCE_BASIS, child), secured("left_sweden"));

    assertThat(child).hasPassed(CHILD_SITUATION_RESOLVED);
    assertThat(child).variables().containsEntry("childCovered", false)
        .containsEntry("coverageBasis", "left_sweden").containsEntry("childEscalationOpen", false);
  }

  private static void guardianPeriodGranted(ProcessInstance child, String validUntil) {
    runtimeService().createMessageCorrelation(ChildProcess.MESSAGE_GUARDIAN_PERIOD_GRANTED)
        .processInstanceBusinessKey(child.getBusinessKey())
        .setVariable(ChildProcess.GUARDIAN_VALID_UNTIL, validUntil).correlateAll();
  }

  static Map<String, Object> secured(String coverage) {
    return withVariables("securedCoverage", coverage, "securedCoverageDate", "2026-03-02");
  }
}
