package se.betanketid.child;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static se.betanketid.CaseFixtures.investigationLeaderCase;
import static se.betanketid.CaseFixtures.socialServicesCase;
import static se.betanketid.application.SocialServicesApplication.*;
import static se.betanketid.child.ChildProcess.ALERT_GUARDIAN_CASE_ENDED;
import static se.betanketid.child.ChildProcess.ASSESS_CHILD_PROTECTION;
import static se.betanketid.child.ChildProcess.CHILD_WITHOUT_COVERAGE;
import static se.betanketid.child.ChildProcess.SECURE_RESIDENCE_BASIS;

import java.time.LocalDateTime;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import se.betanketid.CaseFixtures;
import se.betanketid.application.InvestigationLeaderApplicationProcess;
import se.betanketid.reflectionperiod.ReflectionPeriodProcess;

/** The children on both real routes: the escalation at case opening, the guardian's period, the case's end. */
class ChildrenOnRoutesIT extends ChildTestSupport {

  private static final String NOTIFY = "ServiceTask_NotifyChildWithoutCoverage";
  private static final String TODAY = "2026-03-02";

  @Test
  void socialServicesRouteEscalatesTheUncoveredChildAndPassesOnTheGrantedPeriod() {
    ProcessInstance route = runtimeService.startProcessInstanceByKey(PROCESS_KEY,
        socialServicesCase().withChild("none_known").withChild("asylum").variables());

    assertThat(route).hasPassed("BoundaryEvent_ChildWithoutCoverage", NOTIFY);
    Assertions.assertThat(timesPassed(route, NOTIFY)).isEqualTo(1);
    ProcessInstance uncovered = uncoveredChild(route);

    complete(task(ADVISE_ON_APPLICATION, route), withVariables(COORDINATOR_ADVICE, "Ansök i dag.",
        COORDINATOR_RECOMMENDATION, APPLY));
    complete(task(DECIDE_ON_APPLICATION, route), withVariables(APPLICATION_DECISION, APPLY,
        DECISION_MADE_BY, "Enhetschef enligt delegationsordningen", APPLICATION_DECISION_DATE, TODAY,
        APPLICATION_GROUNDS, "Personen har berättat om tvångsarbete.", CONTACT_PERSON_NAME, "Handläggare",
        CONTACT_PERSON_PHONE, "08-508 000 00"));
    complete(task(SUBMIT_APPLICATION, route), withVariables(APPLICATION_DATE, TODAY));
    execute(job(REFLECTION_PERIOD, route));
    ProcessInstance period = reflectionPeriodOf(route);

    identityService.setAuthentication("sara", List.of("socialtjanst-0180"));
    taskService.complete(task(ReflectionPeriodProcess.TASK_REGISTER_DECISION, period).getId(),
        withVariables("decisionResult", "granted", "decisionDate", TODAY, "validUntil", "2026-04-01"));
    identityService.clearAuthentication();

    assertThat(uncovered).variables().containsEntry("guardianValidUntil", "2026-04-01");
    assertThat(task(SECURE_RESIDENCE_BASIS, uncovered)).hasDueDate(at(LocalDateTime.of(2026, 4, 1, 8, 0)));
  }

  @Test
  void investigationLeadersRouteKeepsTheUncoveredChildOpenWhenTheGuardiansCaseEnds() {
    CaseFixtures fixture = investigationLeaderCase().withChild("none_known").withChild("own_application");
    identityService.setAuthentication("alex", List.of("forundersokningsledare-stockholm"));
    ProcessInstance route = runtimeService.startProcessInstanceByKey(InvestigationLeaderApplicationProcess.KEY,
        fixture.variables());
    identityService.clearAuthentication();

    assertThat(route).hasPassed("BoundaryEvent_ChildWithoutCoverage");
    ProcessInstance uncovered = uncoveredChild(route);
    ProcessInstance period = reflectionPeriodOf(route);

    complete(task(ReflectionPeriodProcess.TASK_REGISTER_DECISION, period), withVariables("decisionResult",
        "rejected", "decisionDate", TODAY, "rejectionReason", "Inte sannolikt offer.",
        "rejectionReasonCode", "not_presumed_victim"));
    // done by the investigation leader: the period's variables flow back into the route, which the uncovered
    // child keeps open; the same case identity written back is no change (casefile.CaseIdentityGuard)
    identityService.setAuthentication("alex", List.of("forundersokningsledare-stockholm"));
    taskService.complete(task(ReflectionPeriodProcess.TASK_RECORD_ALTERNATIVE, period).getId(),
        withVariables("alternative", "nsp"));
    identityService.clearAuthentication();

    assertThat(period).isEnded();
    assertThat(route).isNotEnded();
    assertThat(uncovered).hasPassed(ALERT_GUARDIAN_CASE_ENDED).isWaitingAt(SECURE_RESIDENCE_BASIS);
    assertThat(uncovered).variables().containsEntry("guardianCaseEnded", true)
        .containsEntry("childEscalationOpen", true);
  }

  /** Of the route's two children, checks that exactly one escalated and returns it. */
  private ProcessInstance uncoveredChild(ProcessInstance route) {
    List<ProcessInstance> children = childrenOf(route);
    Assertions.assertThat(children).hasSize(2);
    List<ProcessInstance> uncovered = children.stream()
        .filter(child -> Boolean.TRUE.equals(runtimeService.getVariable(child.getId(), "childEscalationOpen")))
        .toList();
    Assertions.assertThat(uncovered).hasSize(1);
    assertThat(uncovered.get(0)).hasPassed(CHILD_WITHOUT_COVERAGE);
    children.stream().filter(child -> !uncovered.contains(child))
        .forEach(covered -> assertThat(covered).hasNotPassed(CHILD_WITHOUT_COVERAGE).isWaitingAt(ASSESS_CHILD_PROTECTION));
    return uncovered.get(0);
  }

  private ProcessInstance reflectionPeriodOf(ProcessInstance route) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(ReflectionPeriodProcess.KEY)
        .processInstanceBusinessKey(route.getBusinessKey()).singleResult();
  }
}
