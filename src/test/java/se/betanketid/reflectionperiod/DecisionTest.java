package se.betanketid.reflectionperiod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.betanketid.reflectionperiod.ReflectionPeriodProcess.TASK_PLAN_NEXT_STEP;
import static se.betanketid.reflectionperiod.ReflectionPeriodProcess.TASK_RECORD_ALTERNATIVE;
import static se.betanketid.reflectionperiod.ReflectionPeriodProcess.TASK_REGISTER_DECISION;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;
import se.betanketid.casefile.ApplicantType;

/** ReflectionPeriodProcess up to the decision: who registers it, its reminder and escalation, its checks. */
class DecisionTest extends ReflectionPeriodTestCase {

  @Test
  void socialServicesRegisterTheirOwnDecision() {
    ProcessInstance instance = startCase(ApplicantType.SOCIAL_SERVICES);

    BpmnAwareTests.assertThat(instance).isWaitingAt(TASK_REGISTER_DECISION);
    assertThat(candidateGroups(instance, TASK_REGISTER_DECISION)).containsExactly("socialtjanst-0180");
    assertThat(task(instance, TASK_REGISTER_DECISION).getName())
        .isEqualTo("Registrera Migrationsverkets beslut – " + instance.getBusinessKey());
    assertThat(task(instance, TASK_REGISTER_DECISION).getDueDate()).isEqualTo(at(TODAY.plusDays(3), 9));
  }

  @Test
  void theInvestigationLeaderRegistersTheirDecision() {
    ProcessInstance instance = startCase(ApplicantType.INVESTIGATION_LEADER);

    assertThat(candidateGroups(instance, TASK_REGISTER_DECISION)).containsExactly("forundersokningsledare-stockholm");
  }

  @Test
  void remindsAfterThreeWorkingDaysAndEscalatesToTheCoordinatorAfterFive() {
    ProcessInstance instance = startCase(ApplicantType.SOCIAL_SERVICES);
    assertThat(timer(instance, "BoundaryEvent_DecisionReminder").getDuedate()).isEqualTo(at(TODAY.plusDays(3), 9));
    assertThat(timer(instance, "BoundaryEvent_DecisionOverdue").getDuedate()).isEqualTo(at(TODAY.plusDays(7), 9));

    fire(instance, "BoundaryEvent_DecisionReminder");
    assertThat(passed(instance, "ServiceTask_RemindAboutDecision")).isTrue();
    assertThat(passed(instance, "ServiceTask_EscalateDecision")).isFalse();

    fire(instance, "BoundaryEvent_DecisionOverdue");
    assertThat(passed(instance, "ServiceTask_EscalateDecision")).isTrue();
    BpmnAwareTests.assertThat(instance).isWaitingAt(TASK_REGISTER_DECISION);
  }

  @Test
  void grantedPeriodLastsThirtyDaysFromTheDecisionUnlessItSaysOtherwise() {
    ProcessInstance byDefault = grantedCase(ApplicantType.SOCIAL_SERVICES);
    assertThat(variable(byDefault, "validUntil")).isEqualTo("2026-04-01");
    BpmnAwareTests.assertThat(byDefault).isWaitingAt(TASK_PLAN_NEXT_STEP);
    assertThat(passed(byDefault, "ServiceTask_AnnounceGuardianPeriod")).isTrue();
    assertThat(timer(byDefault, "BoundaryEvent_DecisionReminder")).isNull();

    ProcessInstance longer = startCase(ApplicantType.INVESTIGATION_LEADER);
    complete(longer, TASK_REGISTER_DECISION, "decisionResult", "granted", "decisionDate", TODAY.toString(),
        "validUntil", "2026-04-30");
    assertThat(variable(longer, "validUntil")).isEqualTo("2026-04-30");
  }

  @Test
  void rejectionNeedsItsReasonThenTheAlternativeIsRecorded() {
    ProcessInstance instance = startCase(ApplicantType.SOCIAL_SERVICES);

    assertRefused(instance, "rejectionReasonCode", "Avslagsgrund",
        "decisionResult", "rejected", "decisionDate", TODAY.toString(), "rejectionReason", "Inte sannolikt offer");
    assertRefused(instance, "rejectionReasonCode", "Avslagsgrund",
        "decisionResult", "rejected", "decisionDate", TODAY.toString(), "rejectionReasonCode", "maybe",
        "rejectionReason", "Inte sannolikt offer");
    assertRefused(instance, "rejectionReason", "Skäl för avslaget",
        "decisionResult", "rejected", "decisionDate", TODAY.toString(), "rejectionReasonCode", "not_presumed_victim");
    complete(instance, TASK_REGISTER_DECISION, "decisionResult", "rejected", "decisionDate", TODAY.toString(),
        "rejectionReasonCode", "not_presumed_victim", "rejectionReason", "Inte sannolikt offer enligt Migrationsverket");

    BpmnAwareTests.assertThat(instance).isWaitingAt(TASK_RECORD_ALTERNATIVE);
    assertThat(candidateGroups(instance, TASK_RECORD_ALTERNATIVE)).containsExactly("socialtjanst-0180");
    assertThat(passed(instance, "ServiceTask_AnnounceGuardianPeriod")).isFalse();
    complete(instance, TASK_RECORD_ALTERNATIVE, "alternative", "nsp");

    BpmnAwareTests.assertThat(instance).isEnded();
    assertThat(variable(instance, "outcome")).isEqualTo("REJECTED");
    assertThat(variable(instance, "alternative")).isEqualTo("nsp");
    assertThat(variable(instance, "validUntil")).isNull();
    assertThat(passed(instance, "ServiceTask_EndGuardianPeriod")).isTrue();
  }

  @Test
  void impossibleDecisionsAreRefused() {
    ProcessInstance instance = startCase(ApplicantType.SOCIAL_SERVICES);

    assertRefused(instance, "decisionDate", "Beslutsdatum",
        "decisionResult", "granted", "decisionDate", TODAY.plusDays(1).toString());
    assertRefused(instance, "decisionDate", "Beslutsdatum",
        "decisionResult", "granted", "decisionDate", TODAY.minusDays(1).toString());
    assertRefused(instance, "validUntil", "Betänketiden gäller till och med",
        "decisionResult", "granted", "decisionDate", TODAY.toString(), "validUntil", TODAY.toString());
    assertRefused(instance, "decisionResult", "Migrationsverkets beslut", "decisionResult", "maybe",
        "decisionDate", TODAY.toString());
    BpmnAwareTests.assertThat(instance).isWaitingAt(TASK_REGISTER_DECISION);
  }

  private void assertRefused(ProcessInstance instance, String field, String label, Object... values) {
    String taskId = task(instance, TASK_REGISTER_DECISION).getId();
    assertThatThrownBy(() -> taskService.complete(taskId, values(values)))
        .satisfies(e -> assertThat(validationError(e).getField()).isEqualTo(field))
        .satisfies(e -> assertThat(validationError(e).getMessage()).contains("\"" + label + "\""));
  }

  private java.util.List<String> candidateGroups(ProcessInstance instance, String taskKey) {
    return taskService.getIdentityLinksForTask(task(instance, taskKey).getId()).stream()
        .filter(link -> "candidate".equals(link.getType())).map(IdentityLink::getGroupId).toList();
  }
}
