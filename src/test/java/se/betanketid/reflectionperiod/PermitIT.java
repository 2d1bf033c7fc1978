package se.betanketid.reflectionperiod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.betanketid.reflectionperiod.ReflectionPeriodProcess.TASK_CONSIDER_PERMIT_RENEWAL;
import static se.betanketid.reflectionperiod.ReflectionPeriodProcess.TASK_PLAN_NEXT_STEP;
import static se.betanketid.reflectionperiod.ReflectionPeriodProcess.TASK_RECORD_OUTCOME;
import static se.betanketid.reflectionperiod.ReflectionPeriodProcess.TASK_RECORD_PERMIT;

import java.time.LocalDate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;
import se.betanketid.casefile.ApplicantType;

/** The permit of at least six months (5 kap. 15 § första stycket), its renewal reminder and renewals. */
class PermitIT extends ReflectionPeriodTestCase {

  static final String SIX_MONTHS = "2026-09-02";

  private ProcessInstance permitApplied() {
    ProcessInstance instance = grantedCase(ApplicantType.INVESTIGATION_LEADER);
    complete(instance, TASK_PLAN_NEXT_STEP, "nextStep", "PERMIT_SIX_MONTHS",
        "nextStepReason", "Vill samarbeta i förundersökningen");
    return instance;
  }

  @Test
  void theInvestigationLeaderRecordsTheApplicationBeforeThePeriodEnds() {
    ProcessInstance instance = permitApplied();

    BpmnAwareTests.assertThat(instance).task(TASK_RECORD_PERMIT).hasCandidateGroup("forundersokningsledare-stockholm");
    assertThat(task(instance, TASK_RECORD_PERMIT).getDueDate()).isEqualTo(at(LocalDate.of(2026, 4, 1), 8));
  }

  @Test
  void aGrantedPermitIsRemindedThirtyDaysBeforeItEndsAndCanBeRenewed() {
    ProcessInstance instance = permitApplied();
    complete(instance, TASK_RECORD_PERMIT, "permitDecisionResult", "granted", "permitApplicationDate", "2026-03-02",
        "permitDecisionDate", "2026-03-02", "permitValidUntil", SIX_MONTHS);

    assertThat(variable(instance, "outcome")).isEqualTo("PERMIT_SIX_MONTHS");
    BpmnAwareTests.assertThat(instance).task(TASK_CONSIDER_PERMIT_RENEWAL).hasCandidateGroup("forundersokningsledare-stockholm");
    assertThat(task(instance, TASK_CONSIDER_PERMIT_RENEWAL).getDueDate()).isEqualTo(at(LocalDate.of(2026, 8, 3), 8));
    assertThat(timer(instance, "BoundaryEvent_PermitRenewalDue").getDuedate())
        .isEqualTo(at(LocalDate.of(2026, 8, 3), 8));

    fire(instance, "BoundaryEvent_PermitRenewalDue");
    assertThat(passed(instance, "ServiceTask_RemindAboutRenewal")).isTrue();

    String renewal = task(instance, TASK_CONSIDER_PERMIT_RENEWAL).getId();
    assertThatThrownBy(() -> taskService.complete(renewal, values("permitRenewal", "renewed")))
        .satisfies(e -> assertThat(validationError(e).getField()).isEqualTo("permitRenewedUntil"));
    assertThatThrownBy(() -> taskService.complete(renewal,
        values("permitRenewal", "renewed", "permitRenewedUntil", "2026-09-01")))
        .satisfies(e -> assertThat(validationError(e).getMessage()).contains("efter det nuvarande slutdatumet"));
    complete(instance, TASK_CONSIDER_PERMIT_RENEWAL, "permitRenewal", "renewed", "permitRenewedUntil", "2027-03-02");

    assertThat(variable(instance, "permitValidUntil")).isEqualTo("2027-03-02");
    assertThat(task(instance, TASK_CONSIDER_PERMIT_RENEWAL).getDueDate()).isEqualTo(at(LocalDate.of(2027, 1, 31), 8));
    assertThat(timer(instance, "BoundaryEvent_PermitRenewalDue").getDuedate())
        .isEqualTo(at(LocalDate.of(2027, 1, 31), 8));

    complete(instance, TASK_CONSIDER_PERMIT_RENEWAL, "permitRenewal", "not_renewed");
    BpmnAwareTests.assertThat(instance).isEnded();
    assertThat(variable(instance, "outcome")).isEqualTo("PERMIT_SIX_MONTHS");
  }

  @Test
  void aPermitMustLastSixMonthsAndItsDatesBePossible() {
    ProcessInstance instance = permitApplied();
    String taskId = task(instance, TASK_RECORD_PERMIT).getId();

    assertThatThrownBy(() -> taskService.complete(taskId, values("permitDecisionResult", "granted",
        "permitApplicationDate", "2026-03-02", "permitDecisionDate", "2026-03-02", "permitValidUntil", "2026-09-01")))
        .satisfies(e -> assertThat(validationError(e).getMessage()).contains("minst sex månader"));
    assertThatThrownBy(() -> taskService.complete(taskId, values("permitDecisionResult", "granted",
        "permitApplicationDate", "2026-03-02", "permitDecisionDate", "2026-03-02")))
        .satisfies(e -> assertThat(validationError(e).getField()).isEqualTo("permitValidUntil"));
    assertThatThrownBy(() -> taskService.complete(taskId, values("permitDecisionResult", "rejected",
        "permitApplicationDate", "2026-03-02")))
        .satisfies(e -> assertThat(validationError(e).getField()).isEqualTo("permitDecisionDate"));
    assertThatThrownBy(() -> taskService.complete(taskId, values("permitDecisionResult", "rejected",
        "permitApplicationDate", "2026-03-02", "permitDecisionDate", "2026-03-01")))
        .satisfies(e -> assertThat(validationError(e).getField()).isEqualTo("permitDecisionDate"));
    BpmnAwareTests.assertThat(instance).isWaitingAt(TASK_RECORD_PERMIT);
  }

  @Test
  void aRejectedOrUnappliedPermitLeadsToAnotherOutcome() {
    ProcessInstance rejected = permitApplied();
    complete(rejected, TASK_RECORD_PERMIT, "permitDecisionResult", "rejected", "permitApplicationDate", "2026-03-02",
        "permitDecisionDate", "2026-03-02", "permitNote", "Behövs inte för utredningen");
    BpmnAwareTests.assertThat(rejected).isWaitingAt(TASK_RECORD_OUTCOME);
    assertThat(variable(rejected, "outcome")).isNull();
    complete(rejected, TASK_RECORD_OUTCOME, "nextStep", "ASYLUM", "nextStepReason", "Söker asyl");
    assertThat(variable(rejected, "outcome")).isEqualTo("ASYLUM");

    ProcessInstance notApplied = permitApplied();
    complete(notApplied, TASK_RECORD_PERMIT, "permitDecisionResult", "not_applied");
    BpmnAwareTests.assertThat(notApplied).isWaitingAt(TASK_RECORD_OUTCOME);
    complete(notApplied, TASK_RECORD_OUTCOME, "nextStep", "NO_FURTHER_ACTION", "nextStepReason", "Ingen åtgärd");
    BpmnAwareTests.assertThat(notApplied).isEnded();
    assertThat(variable(notApplied, "outcome")).isEqualTo("NO_FURTHER_ACTION");
  }
}
