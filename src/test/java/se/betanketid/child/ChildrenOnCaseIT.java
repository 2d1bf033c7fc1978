package se.betanketid.child;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static se.betanketid.child.AccompanyingChildProcessIT.secured;
import static se.betanketid.child.ChildProcess.ALERT_GUARDIAN_CASE_ENDED;
import static se.betanketid.child.ChildProcess.ASSESS_CHILD_PROTECTION;
import static se.betanketid.child.ChildProcess.CHILD_COVERED_ON_ARRIVAL;
import static se.betanketid.child.ChildProcess.CHILD_WITHOUT_COVERAGE;
import static se.betanketid.child.ChildProcess.COMPLETE_CHILD_INVESTIGATION;
import static se.betanketid.CaseFixtures.socialServicesCase;
import static se.betanketid.child.ChildProcess.SECURE_RESIDENCE_BASIS;

import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import se.betanketid.CaseFixtures;
import se.betanketid.RestCalls.Answer;

/**
 * The children on a case, through the contract fragment of docs/architecture.md in a test-only parent: the
 * escalation reaching the case, mixed coverage, no children, and the guardian's period and case end reaching
 * the children from the social worker's own transaction.
 */
class ChildrenOnCaseIT extends ChildTestSupport {

  private static final String NOTIFY = "ServiceTask_NotifyChildWithoutCoverage";

  @Test
  void childWithoutCoverageEscalatesToTheCaseAtOnce() {
    ProcessInstance parent = startCase(socialServicesCase().withChild("none_known"));

    assertThat(parent).hasPassed("BoundaryEvent_ChildWithoutCoverage", NOTIFY)
        .isWaitingAt("CallActivity_AccompanyingChildren", "UserTask_RegisterDecision");
    Assertions.assertThat(timesPassed(parent, NOTIFY)).isEqualTo(1);
    ProcessInstance child = childrenOf(parent).get(0);
    assertThat(child).hasPassed(CHILD_WITHOUT_COVERAGE);
    Assertions.assertThat(task(ASSESS_CHILD_PROTECTION, child).getDescription()).contains("barn 1 av 1");
  }

  @Test
  void ofThreeChildrenOfMixedCoverageExactlyTheUncoveredOnesEscalate() {
    ProcessInstance parent = startCase(socialServicesCase().withChild("none_known").withChild("eu_right")
        .withChild("none_known"));

    Assertions.assertThat(timesPassed(parent, NOTIFY)).isEqualTo(2);
    List<ProcessInstance> children = childrenOf(parent);
    Assertions.assertThat(children).hasSize(3);
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
        assertThat(child).hasNotPassed(CHILD_WITHOUT_COVERAGE).hasPassed(CHILD_COVERED_ON_ARRIVAL)
            .isWaitingAtExactly(ASSESS_CHILD_PROTECTION);
      }
    }
    Assertions.assertThat(escalated).isEqualTo(2);
    for (Task task : taskService.createTaskQuery().processInstanceBusinessKey(parent.getBusinessKey()).list()) {
      for (String personalData : CaseFixtures.PERSONAL_DATA) {
        Assertions.assertThat(task.getName()).doesNotContain(personalData);
        Assertions.assertThat(String.valueOf(task.getDescription())).doesNotContain(personalData);
      }
    }
    Assertions.assertThat(children.stream().map(child -> runtimeService().getVariable(child.getId(), "childLabel")))
        .containsExactlyInAnyOrder("barn 1 av 3", "barn 2 av 3", "barn 3 av 3");
  }

  @Test
  void childsCoverageIsReadableByTheCasesGroupsOnly() {
    ProcessInstance parent = startCase(socialServicesCase().withChild("none_known"));

    Assertions.assertThat(childInstancesSeenBy("maria", "chef-0180", parent)).isEqualTo(1);
    Assertions.assertThat(childInstancesSeenBy("kim", "regionkoordinator-stockholm", parent)).isEqualTo(1);
    Assertions.assertThat(childInstancesSeenBy("nils", "socialtjanst-1480", parent)).isZero();
    identityService.setAuthentication("maria", List.of("chef-0180"));
    Assertions.assertThat(runtimeService.getVariable(childrenOf(parent).get(0).getId(), "childEscalationOpen"))
        .isEqualTo(true);
  }

  private long childInstancesSeenBy(String user, String group, ProcessInstance parent) {
    identityService.setAuthentication(user, List.of(group));
    try {
      return runtimeService.createProcessInstanceQuery().processDefinitionKey(ChildProcess.KEY)
          .processInstanceBusinessKey(parent.getBusinessKey()).count();
    } finally {
      identityService.clearAuthentication();
    }
  }

  @Test
  void caseWithoutChildrenPassesTheChildrenAtOnce() {
    ProcessInstance parent = startCase(socialServicesCase().with("children", List.of()));

    assertThat(parent).hasPassed("EndEvent_ChildrenDone").hasNotPassed(NOTIFY)
        .isWaitingAtExactly("UserTask_RegisterDecision");
    Assertions.assertThat(childrenOf(parent)).isEmpty();
  }

  @Test
  void grantedPeriodReachesTheUncoveredChildrenWhenTheSocialWorkerRegistersItThroughTheRestApi() {
    ProcessInstance parent = startCase(socialServicesCase().withChild("none_known").withChild("asylum"));
    String decisionTask = task("UserTask_RegisterDecision", parent).getId();

    identityService.setAuthentication("sara", List.of("socialtjanst-0180"));
    Assertions.assertThatThrownBy(() -> runtimeService
            .createMessageCorrelation(ChildProcess.MESSAGE_GUARDIAN_PERIOD_GRANTED)
            .processInstanceBusinessKey(parent.getBusinessKey()).correlateAll())
        .as("the social worker may not move the children's instances herself")
        .isInstanceOf(AuthorizationException.class);
    identityService.clearAuthentication();

    Answer completed = rest("sara").post("/engine-rest/task/" + decisionTask + "/complete",
        Map.of("variables", Map.of("decisionResult", Map.of("value", "granted", "type", "String"),
            "validUntil", Map.of("value", "2026-04-01", "type", "String"))));

    Assertions.assertThat(completed.status()).as(completed.body()).isEqualTo(204);
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
    ProcessInstance parent = startCase(socialServicesCase().withChild("none_known"));
    complete(task("UserTask_RegisterDecision", parent), withVariables("decisionResult", "rejected"));

    identityService.setAuthentication("sara", List.of("socialtjanst-0180"));
    taskService().complete(task("UserTask_CloseCase", parent).getId());
    identityService.clearAuthentication();

    ProcessInstance child = childrenOf(parent).get(0);
    assertThat(parent).hasPassed("EndEvent_GuardianDone")
        .isWaitingAtExactly("CallActivity_AccompanyingChildren#multiInstanceBody", "CallActivity_AccompanyingChildren");
    assertThat(child).hasPassed(ALERT_GUARDIAN_CASE_ENDED).isWaitingAt(SECURE_RESIDENCE_BASIS);
    assertThat(child).variables().containsEntry("guardianCaseEnded", true).containsEntry("childEscalationOpen", true);

    complete(task(SECURE_RESIDENCE_BASIS, child), secured("left_sweden"));
    openInvestigation(child);
    complete(task(COMPLETE_CHILD_INVESTIGATION, child), investigation());
    assertThat(child).isEnded();
    assertThat(parent).isEnded();
  }
}
