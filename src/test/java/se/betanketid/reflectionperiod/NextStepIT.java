package se.betanketid.reflectionperiod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.betanketid.reflectionperiod.ReflectionPeriodProcess.TASK_ARRANGE_ASSISTED_RETURN;
import static se.betanketid.reflectionperiod.ReflectionPeriodProcess.TASK_PLAN_NEXT_STEP;
import static se.betanketid.reflectionperiod.ReflectionPeriodProcess.TASK_RECORD_LONGER_PERIOD;
import static se.betanketid.reflectionperiod.ReflectionPeriodProcess.TASK_RECORD_OUTCOME;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.variable.VariableMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.betanketid.casefile.ApplicantType;
import se.betanketid.casefile.Outcome;

/** The 30 days after a granted decision: planning the next step, its deadlines, the expiry, the outcomes. */
class NextStepIT extends ReflectionPeriodTestCase {

  /** Decided today (2 March 2026): the period lasts until 1 April 2026. */
  static final LocalDate VALID_UNTIL = LocalDate.of(2026, 4, 1);

  @Test
  void theSocialWorkerPlansTheNextStepAWeekBeforeThePeriodEnds() {
    ProcessInstance instance = grantedCase(ApplicantType.INVESTIGATION_LEADER);

    BpmnAwareTests.assertThat(instance).task(TASK_PLAN_NEXT_STEP).hasCandidateGroup("socialtjanst-0180");
    assertThat(task(instance, TASK_PLAN_NEXT_STEP).getName())
        .isEqualTo("Planera nästa steg – " + instance.getBusinessKey());
    assertThat(task(instance, TASK_PLAN_NEXT_STEP).getDueDate()).isEqualTo(at(VALID_UNTIL.minusDays(7), 8));
  }

  @Test
  void remindsTenDaysBeforeEscalatesThreeDaysBeforeAndForcesAnOutcomeAtTheEnd() {
    ProcessInstance instance = grantedCase(ApplicantType.SOCIAL_SERVICES);
    assertThat(timer(instance, "BoundaryEvent_NextStepReminder").getDuedate())
        .isEqualTo(at(LocalDate.of(2026, 3, 22), 8));
    assertThat(timer(instance, "BoundaryEvent_NextStepOverdue").getDuedate())
        .isEqualTo(at(LocalDate.of(2026, 3, 29), 8)); // summer time from that night: still 08:00 in Sweden
    assertThat(timer(instance, "BoundaryEvent_ReflectionPeriodExpired").getDuedate()).isEqualTo(at(VALID_UNTIL, 8));

    fire(instance, "BoundaryEvent_NextStepReminder");
    assertThat(passed(instance, "ServiceTask_RemindAboutNextStep")).isTrue();
    fire(instance, "BoundaryEvent_NextStepOverdue");
    assertThat(passed(instance, "ServiceTask_EscalateNextStep")).isTrue();
    BpmnAwareTests.assertThat(instance).isWaitingAt(TASK_PLAN_NEXT_STEP);

    fire(instance, "BoundaryEvent_ReflectionPeriodExpired");
    BpmnAwareTests.assertThat(instance).isWaitingAt(TASK_RECORD_OUTCOME).isNotWaitingAt(TASK_PLAN_NEXT_STEP);
    BpmnAwareTests.assertThat(instance).task(TASK_RECORD_OUTCOME).hasCandidateGroup("socialtjanst-0180");
    assertThat(task(instance, TASK_RECORD_OUTCOME).getName())
        .isEqualTo("Registrera utfall – " + instance.getBusinessKey());

    complete(instance, TASK_RECORD_OUTCOME, "nextStep", "UNREACHABLE", "nextStepReason", "Slutade svara");
    BpmnAwareTests.assertThat(instance).isEnded();
    assertThat(variable(instance, "outcome")).isEqualTo("UNREACHABLE");
  }

  static Stream<Arguments> everyOutcomeOfEachRoute() {
    Stream.Builder<Arguments> cases = Stream.builder();
    for (ApplicantType route : ApplicantType.values()) {
      for (Outcome outcome : NextStepRules.NEXT_STEPS) {
        if (outcome != Outcome.LONGER_REFLECTION_PERIOD) { // no ending: the case goes on (tests below)
          cases.add(Arguments.of(route, outcome));
        }
      }
    }
    return cases.build();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("everyOutcomeOfEachRoute")
  void everyNextStepEndsTheCaseWithItsOutcome(ApplicantType route, Outcome outcome) {
    ProcessInstance instance = grantedCase(route);

    new NextSteps(this).carryOut(instance, outcome);

    BpmnAwareTests.assertThat(instance).isEnded();
    assertThat(variable(instance, "outcome")).isEqualTo(outcome.name());
    assertThat(variable(instance, "nextStepReason")).isNotNull();
    assertThat(passed(instance, "ServiceTask_EndGuardianPeriod")).isTrue();
  }

  @Test
  void aLongerPeriodIsForTheInvestigationLeadersRouteOnly() {
    ProcessInstance instance = grantedCase(ApplicantType.SOCIAL_SERVICES);
    String taskId = task(instance, TASK_PLAN_NEXT_STEP).getId();

    assertThatThrownBy(() -> taskService.complete(taskId,
        values("nextStep", "LONGER_REFLECTION_PERIOD", "nextStepReason", "Särskilda skäl")))
        .satisfies(e -> assertThat(validationError(e).getField()).isEqualTo("nextStep"));
    assertThatThrownBy(() -> taskService.complete(taskId, values("nextStep", "ASYLUM")))
        .satisfies(e -> assertThat(validationError(e).getField()).isEqualTo("nextStepReason"));
    BpmnAwareTests.assertThat(instance).isWaitingAt(TASK_PLAN_NEXT_STEP);
  }

  @Test
  void theCoordinatorArrangesTheReturnOrTheOutcomeIsRecordedAgain() {
    ProcessInstance instance = grantedCase(ApplicantType.SOCIAL_SERVICES);
    complete(instance, TASK_PLAN_NEXT_STEP, "nextStep", "ASSISTED_RETURN", "nextStepReason", "Vill resa hem");

    BpmnAwareTests.assertThat(instance).task(TASK_ARRANGE_ASSISTED_RETURN)
        .hasCandidateGroup("regionkoordinator-stockholm");
    complete(instance, TASK_ARRANGE_ASSISTED_RETURN, "assistedReturnStatus", "declined");

    BpmnAwareTests.assertThat(instance).isWaitingAt(TASK_RECORD_OUTCOME);
    complete(instance, TASK_RECORD_OUTCOME, "nextStep", "NATIONAL_SUPPORT_PROGRAMME",
        "nextStepReason", "Avstod från ÅMP, stöd via NSP");
    BpmnAwareTests.assertThat(instance).isEnded();
    assertThat(variable(instance, "outcome")).isEqualTo("NATIONAL_SUPPORT_PROGRAMME");
  }

  @Test
  void withoutConsentToContactTheCoordinatorTheSocialWorkersArrangeTheReturn() {
    VariableMap variables = caseVariables(ApplicantType.SOCIAL_SERVICES);
    variables.put("coordinatorConsent", false);
    ProcessInstance instance = runtimeService.startProcessInstanceByKey(ReflectionPeriodProcess.KEY,
        (String) variables.get("caseNumber"), variables);
    complete(instance, ReflectionPeriodProcess.TASK_REGISTER_DECISION,
        "decisionResult", "granted", "decisionDate", TODAY.toString());
    complete(instance, TASK_PLAN_NEXT_STEP, "nextStep", "ASSISTED_RETURN", "nextStepReason", "Vill resa hem");

    BpmnAwareTests.assertThat(instance).task(TASK_ARRANGE_ASSISTED_RETURN).hasCandidateGroup("socialtjanst-0180");
    assertThat(taskService.getIdentityLinksForTask(task(instance, TASK_ARRANGE_ASSISTED_RETURN).getId()))
        .noneMatch(link -> String.valueOf(link.getGroupId()).startsWith("regionkoordinator"));
  }

  @Test
  void aLongerPeriodMovesTheEndAndTheNextStepIsPlannedAgainBeforeTheNewEnd() {
    ProcessInstance instance = grantedCase(ApplicantType.INVESTIGATION_LEADER);
    complete(instance, TASK_PLAN_NEXT_STEP, "nextStep", "LONGER_REFLECTION_PERIOD", "nextStepReason", "Särskilda skäl");

    BpmnAwareTests.assertThat(instance).task(TASK_RECORD_LONGER_PERIOD).hasCandidateGroup("forundersokningsledare-stockholm");
    Task decision = task(instance, TASK_RECORD_LONGER_PERIOD);
    assertThat(decision.getName()).isEqualTo("Registrera beslut om längre betänketid – " + instance.getBusinessKey());
    assertThat(decision.getDueDate()).isEqualTo(at(VALID_UNTIL, 8));
    assertThatThrownBy(() -> taskService.complete(decision.getId(), values("longerPeriodResult", "granted")))
        .satisfies(e -> assertThat(validationError(e).getField()).isEqualTo("longerPeriodValidUntil"));
    assertThatThrownBy(() -> taskService.complete(decision.getId(),
        values("longerPeriodResult", "granted", "longerPeriodValidUntil", VALID_UNTIL.toString())))
        .satisfies(e -> assertThat(validationError(e).getMessage()).contains("efter det nuvarande slutdatumet 2026-04-01"));

    LocalDate newEnd = LocalDate.of(2026, 5, 1);
    complete(instance, TASK_RECORD_LONGER_PERIOD, "longerPeriodResult", "granted",
        "longerPeriodValidUntil", newEnd.toString());

    assertThat(variable(instance, "validUntil")).isEqualTo(newEnd.toString());
    assertThat(variable(instance, "outcome")).as("no ending yet").isNull();
    BpmnAwareTests.assertThat(instance).isWaitingAt(TASK_PLAN_NEXT_STEP);
    assertThat(task(instance, TASK_PLAN_NEXT_STEP).getDueDate()).isEqualTo(at(newEnd.minusDays(7), 8));
    assertThat(timer(instance, "BoundaryEvent_NextStepReminder").getDuedate()).isEqualTo(at(newEnd.minusDays(10), 8));
    assertThat(timer(instance, "BoundaryEvent_NextStepOverdue").getDuedate()).isEqualTo(at(newEnd.minusDays(3), 8));
    assertThat(timer(instance, "BoundaryEvent_ReflectionPeriodExpired").getDuedate()).isEqualTo(at(newEnd, 8));

    new NextSteps(this).carryOut(instance, Outcome.NATIONAL_SUPPORT_PROGRAMME);
    BpmnAwareTests.assertThat(instance).isEnded();
    assertThat(variable(instance, "outcome")).isEqualTo("NATIONAL_SUPPORT_PROGRAMME");
  }

  @Test
  void aRefusedLongerPeriodAsksForTheOutcomeAtOnce() {
    ProcessInstance instance = grantedCase(ApplicantType.INVESTIGATION_LEADER);
    complete(instance, TASK_PLAN_NEXT_STEP, "nextStep", "LONGER_REFLECTION_PERIOD", "nextStepReason", "Särskilda skäl");
    complete(instance, TASK_RECORD_LONGER_PERIOD, "longerPeriodResult", "rejected");

    BpmnAwareTests.assertThat(instance).isWaitingAt(TASK_RECORD_OUTCOME);
    assertThat(variable(instance, "validUntil")).isEqualTo(VALID_UNTIL.toString());
    complete(instance, TASK_RECORD_OUTCOME, "nextStep", "PERMIT_SIX_MONTHS", "nextStepReason", "Samarbetar");
    BpmnAwareTests.assertThat(instance).isWaitingAt(ReflectionPeriodProcess.TASK_RECORD_PERMIT);
  }
}
