package se.betanketid.child;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static se.betanketid.child.AccompanyingChildProcessTest.investigation;
import static se.betanketid.child.AccompanyingChildProcessTest.protectionAssessment;
import static se.betanketid.child.AccompanyingChildProcessTest.secured;
import static se.betanketid.child.ChildProcess.ALERT_GUARDIAN_CASE_ENDED;
import static se.betanketid.child.ChildProcess.ASSESS_CHILD_NEEDS;
import static se.betanketid.child.ChildProcess.ASSESS_CHILD_PROTECTION;
import static se.betanketid.child.ChildProcess.CHILD_WITHOUT_COVERAGE;
import static se.betanketid.child.ChildProcess.COMPLETE_CHILD_INVESTIGATION;
import static se.betanketid.child.ChildProcess.SECURE_RESIDENCE_BASIS;

import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.spin.Spin;
import org.junit.jupiter.api.Test;

/**
 * The children on a case, through the contract fragment of docs/architecture.md in a test-only parent: the
 * escalation reaching the case, mixed coverage, no children, and the guardian's period and case end reaching
 * the children from the social worker's own transaction.
 */
class ChildrenOnCaseTest extends ChildTestSupport {

  private static final String NOTIFY = "ServiceTask_NotifyChildWithoutCoverage";

  @Test
  void childWithoutCoverageEscalatesToTheCaseAtOnce() {
    ProcessInstance parent = startCase(children(child("Ana", "none_known")));

    assertThat(parent).hasPassed("BoundaryEvent_ChildWithoutCoverage", NOTIFY)
        .isWaitingAt("CallActivity_AccompanyingChildren", "UserTask_RegisterDecision");
    Assertions.assertThat(timesPassed(parent, NOTIFY)).isEqualTo(1);
    ProcessInstance child = childrenOf(parent).get(0);
    assertThat(child).hasPassed(CHILD_WITHOUT_COVERAGE);
    Assertions.assertThat(task(ASSESS_CHILD_PROTECTION, child).getDescription()).contains("barn 1 av 1");
  }

  @Test
  void ofThreeChildrenExactlyTheUncoveredOnesEscalate() {
    ProcessInstance parent = startCase(children(child("Ana", "none_known"), child("Bo", "swedish_citizen"),
        child("Cleo", "own_permit"), child("Dani", "none_known")));

    Assertions.assertThat(timesPassed(parent, NOTIFY)).isEqualTo(2);
    List<ProcessInstance> children = childrenOf(parent);
    Assertions.assertThat(children).hasSize(4);
    long escalated = 0;
    for (ProcessInstance child : children) {
      Map<String, Object> variables = runtimeService().getVariables(child.getId());
      boolean uncovered = "none_known".equals(variables.get("childCoverage"));
      Assertions.assertThat(variables).containsEntry("childCovered", !uncovered)
          .containsEntry("childEscalationOpen", uncovered);
      if (uncovered) {
        escalated++;
        assertThat(child).hasPassed(CHILD_WITHOUT_COVERAGE).isWaitingAt(SECURE_RESIDENCE_BASIS);
      } else {
        assertThat(child).hasNotPassed(CHILD_WITHOUT_COVERAGE).isWaitingAtExactly(ASSESS_CHILD_NEEDS);
      }
    }
    Assertions.assertThat(escalated).isEqualTo(2);
    Assertions.assertThat(children.stream().map(child -> runtimeService().getVariable(child.getId(), "childLabel")))
        .containsExactlyInAnyOrder("barn 1 av 4", "barn 2 av 4", "barn 3 av 4", "barn 4 av 4");
  }

  @Test
  void caseWithoutChildrenPassesTheChildrenAtOnce() {
    ProcessInstance parent = startCase(Spin.JSON("[]"));

    assertThat(parent).hasPassed("EndEvent_ChildrenDone").hasNotPassed(NOTIFY)
        .isWaitingAtExactly("UserTask_RegisterDecision");
    Assertions.assertThat(childrenOf(parent)).isEmpty();
  }

  @Test
  void grantedPeriodReachesTheUncoveredChildrenFromTheSocialWorkersTransaction() {
    ProcessInstance parent = startCase(children(child("Ana", "none_known"), child("Bo", "asylum")));
    String decisionTask = task("UserTask_RegisterDecision", parent).getId();

    engine.getIdentityService().setAuthentication("sara", List.of("socialtjanst-0180"));
    Assertions.assertThatThrownBy(() -> runtimeService()
            .createMessageCorrelation(ChildProcess.MESSAGE_GUARDIAN_PERIOD_GRANTED)
            .processInstanceBusinessKey(parent.getBusinessKey()).correlateAll())
        .as("the social worker may not move the children's instances herself")
        .isInstanceOf(AuthorizationException.class);
    taskService().complete(decisionTask, Map.of("decisionResult", "granted", "validUntil", "2026-04-01"));
    engine.getIdentityService().clearAuthentication();

    for (ProcessInstance child : childrenOf(parent)) {
      Object validUntil = runtimeService().getVariable(child.getId(), "guardianValidUntil");
      long deadlines = jobQuery().processInstanceId(child.getId())
          .activityId("IntermediateCatchEvent_BeforeGuardianPeriodEnds").count();
      if (Boolean.TRUE.equals(runtimeService().getVariable(child.getId(), "childCovered"))) {
        Assertions.assertThat(validUntil).isNull();
        Assertions.assertThat(deadlines).isZero();
      } else {
        Assertions.assertThat(validUntil).isEqualTo("2026-04-01");
        Assertions.assertThat(deadlines).isEqualTo(1);
      }
    }
  }

  @Test
  void guardiansCaseEndingLeavesTheUncoveredChildOpenUntilSomeoneRecordsIt() {
    ProcessInstance parent = startCase(children(child("Ana", "none_known")));
    complete(task("UserTask_RegisterDecision", parent), withVariables("decisionResult", "rejected"));

    engine.getIdentityService().setAuthentication("sara", List.of("socialtjanst-0180"));
    taskService().complete(task("UserTask_CloseCase", parent).getId());
    engine.getIdentityService().clearAuthentication();

    ProcessInstance child = childrenOf(parent).get(0);
    assertThat(parent).hasPassed("EndEvent_GuardianDone")
        .isWaitingAtExactly("CallActivity_AccompanyingChildren#multiInstanceBody", "CallActivity_AccompanyingChildren");
    assertThat(child).hasPassed(ALERT_GUARDIAN_CASE_ENDED).isWaitingAt(SECURE_RESIDENCE_BASIS);
    assertThat(child).variables().containsEntry("guardianCaseEnded", true).containsEntry("childEscalationOpen", true);

    complete(task(SECURE_RESIDENCE_BASIS, child), secured("left_sweden"));
    complete(task(ASSESS_CHILD_PROTECTION, child), protectionAssessment());
    complete(task(COMPLETE_CHILD_INVESTIGATION, child), investigation());
    assertThat(child).isEnded();
    assertThat(parent).isEnded();
  }
}
