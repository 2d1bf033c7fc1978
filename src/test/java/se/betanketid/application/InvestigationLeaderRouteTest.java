package se.betanketid.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.betanketid.application.InvestigationLeaderApplicationProcess.TASK_ACKNOWLEDGE_CASE;
import static se.betanketid.application.InvestigationLeaderApplicationProcess.TASK_OFFER_SUPPORT;
import static se.betanketid.reflectionperiod.ReflectionPeriodProcess.TASK_PLAN_NEXT_STEP;
import static se.betanketid.reflectionperiod.ReflectionPeriodProcess.TASK_RECORD_ALTERNATIVE;
import static se.betanketid.reflectionperiod.ReflectionPeriodProcess.TASK_REGISTER_DECISION;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.variable.VariableMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.betanketid.CaseFixtures;
import se.betanketid.casefile.Outcome;
import se.betanketid.reflectionperiod.NextStepRules;
import se.betanketid.reflectionperiod.NextSteps;
import se.betanketid.reflectionperiod.ReflectionPeriodProcess;
import se.betanketid.reflectionperiod.ReflectionPeriodTestCase;

/** The investigation leader's route: start form, notices beside the application, then the reflection period. */
class InvestigationLeaderRouteTest extends ReflectionPeriodTestCase {

  /** Starts the route as alex (förundersökningsledare) would from Tasklist's start form. */
  ProcessInstance startRoute(VariableMap startForm) {
    identityService.setAuthentication("alex", List.of("forundersokningsledare-stockholm"));
    try {
      return runtimeService.startProcessInstanceByKey(InvestigationLeaderApplicationProcess.KEY, startForm);
    } finally {
      identityService.clearAuthentication();
    }
  }

  ProcessInstance reflectionPeriod(ProcessInstance route) {
    return runtimeService.createProcessInstanceQuery().superProcessInstanceId(route.getId())
        .processDefinitionKey(ReflectionPeriodProcess.KEY).singleResult();
  }

  @Test
  void theApplicationGoesOnWhileSocialServicesAndTheCoordinatorAreTold() {
    ProcessInstance route = startRoute(CaseFixtures.investigationLeaderCase().variables());

    assertThat(route.getBusinessKey()).matches("BT-2026-\\d{5}");
    assertThat(runtimeService.getVariables(route.getId())).containsEntry("applicantType", "INVESTIGATION_LEADER")
        .containsEntry("policeRegion", "stockholm").containsEntry("applicationDate", "2026-03-02");
    BpmnAwareTests.assertThat(route).isWaitingAt(TASK_OFFER_SUPPORT, TASK_ACKNOWLEDGE_CASE,
        InvestigationLeaderApplicationProcess.CALL_REFLECTION_PERIOD);
    BpmnAwareTests.assertThat(route).task(TASK_OFFER_SUPPORT).hasCandidateGroup("socialtjanst-0180")
        .hasName("Erbjud stöd under betänketiden – " + route.getBusinessKey());
    assertThat(task(route, TASK_OFFER_SUPPORT).getDueDate()).isEqualTo(at(TODAY.plusDays(1), 9));
    BpmnAwareTests.assertThat(route).task(TASK_ACKNOWLEDGE_CASE).hasCandidateGroup("regionkoordinator-stockholm")
        .hasName("Ta del av nytt ärende – " + route.getBusinessKey());

    ProcessInstance period = reflectionPeriod(route);
    assertThat(period.getBusinessKey()).isEqualTo(route.getBusinessKey());
    BpmnAwareTests.assertThat(period).task(TASK_REGISTER_DECISION).hasCandidateGroup("forundersokningsledare-stockholm");
  }

  @Test
  void theCaseEndsWhenTheDecisionTheSupportOfferAndTheNoticeAreAllDone() {
    ProcessInstance route = startRoute(CaseFixtures.investigationLeaderCase().variables());
    ProcessInstance period = reflectionPeriod(route);

    complete(period, TASK_REGISTER_DECISION, "decisionResult", "rejected", "decisionDate", TODAY.toString(),
        "rejectionReasonCode", "not_presumed_victim", "rejectionReason", "Inte sannolikt offer");
    complete(period, TASK_RECORD_ALTERNATIVE, "alternative", "asylum");
    BpmnAwareTests.assertThat(period).isEnded();
    BpmnAwareTests.assertThat(route).isNotEnded();
    assertThat(runtimeService.getVariable(route.getId(), "outcome")).isEqualTo("REJECTED");

    complete(route, TASK_ACKNOWLEDGE_CASE);
    complete(route, TASK_OFFER_SUPPORT, "supportOfferedDate", TODAY.toString(),
        "supportTypes", json("[\"housing\",\"counselling\"]"), "supportResponse", "accepted");
    BpmnAwareTests.assertThat(route).isEnded();
    assertThat(variable(route, "supportResponse")).isEqualTo("accepted");
  }

  static Stream<Outcome> nextSteps() {
    return NextStepRules.NEXT_STEPS.stream().filter(step -> step != Outcome.LONGER_REFLECTION_PERIOD); // no ending
  }

  @ParameterizedTest
  @MethodSource("nextSteps")
  void everyNextStepIsAnOutcomeOfTheRoute(Outcome outcome) {
    ProcessInstance route = startRoute(CaseFixtures.investigationLeaderCase().variables());
    complete(route, TASK_ACKNOWLEDGE_CASE);
    complete(route, TASK_OFFER_SUPPORT, "supportOfferedDate", TODAY.toString(),
        "supportTypes", json("[\"healthcare\"]"), "supportResponse", "declined");
    ProcessInstance period = reflectionPeriod(route);
    complete(period, TASK_REGISTER_DECISION, "decisionResult", "granted", "decisionDate", TODAY.toString());
    BpmnAwareTests.assertThat(period).isWaitingAt(TASK_PLAN_NEXT_STEP);

    new NextSteps(this).carryOut(period, outcome);

    BpmnAwareTests.assertThat(route).isEnded();
    assertThat(variable(route, "outcome")).isEqualTo(outcome.name());
  }

  @Test
  void anUncoveredChildAlertsAtOnceHearsOfThePeriodAndKeepsTheCaseOpen() {
    ProcessInstance route = startRoute(CaseFixtures.investigationLeaderCase().withChild("none_known").variables());
    assertThat(passed(route, "ServiceTask_AlertChildWithoutCoverage")).isTrue();
    ProcessInstance child = runtimeService.createProcessInstanceQuery().superProcessInstanceId(route.getId())
        .processDefinitionKey("AccompanyingChildProcess").singleResult();
    assertThat(child.getBusinessKey()).isEqualTo(route.getBusinessKey());

    ProcessInstance period = reflectionPeriod(route);
    complete(period, TASK_REGISTER_DECISION, "decisionResult", "granted", "decisionDate", TODAY.toString());
    assertThat(runtimeService.getVariable(child.getId(), "guardianValidUntil")).isEqualTo("2026-04-01");

    new NextSteps(this).carryOut(period, Outcome.NO_FURTHER_ACTION);
    complete(route, TASK_ACKNOWLEDGE_CASE);
    complete(route, TASK_OFFER_SUPPORT, "supportOfferedDate", TODAY.toString(),
        "supportTypes", json("[\"housing\"]"), "supportResponse", "accepted");
    BpmnAwareTests.assertThat(route).isNotEnded().isWaitingAt(InvestigationLeaderApplicationProcess.CALL_ACCOMPANYING_CHILDREN);
    assertThat(runtimeService.getVariable(route.getId(), "outcome")).isEqualTo("NO_FURTHER_ACTION");
  }

  @Test
  void anUncoveredChildsDeadlinesFollowALongerPeriod() {
    ProcessInstance route = startRoute(CaseFixtures.investigationLeaderCase().withChild("none_known").variables());
    ProcessInstance child = runtimeService.createProcessInstanceQuery().superProcessInstanceId(route.getId())
        .processDefinitionKey("AccompanyingChildProcess").singleResult();
    ProcessInstance period = reflectionPeriod(route);
    complete(period, TASK_REGISTER_DECISION, "decisionResult", "granted", "decisionDate", TODAY.toString());
    assertThat(childDeadlines(child)).containsExactly(at(LocalDate.of(2026, 3, 27), 8));

    complete(period, TASK_PLAN_NEXT_STEP, "nextStep", "LONGER_REFLECTION_PERIOD", "nextStepReason", "Särskilda skäl");
    complete(period, ReflectionPeriodProcess.TASK_RECORD_LONGER_PERIOD, "longerPeriodResult", "granted",
        "longerPeriodValidUntil", "2026-05-01");

    assertThat(runtimeService.getVariable(child.getId(), "guardianValidUntil")).isEqualTo("2026-05-01");
    assertThat(childDeadlines(child)).as("the watch on the old end is gone, one on the new end")
        .containsExactly(at(LocalDate.of(2026, 4, 26), 8));
    assertThat(taskService.createTaskQuery().processInstanceId(child.getId())
        .taskDefinitionKey("UserTask_SecureResidenceBasis").singleResult().getDueDate())
        .isEqualTo(at(LocalDate.of(2026, 5, 1), 8));
  }

  private List<java.util.Date> childDeadlines(ProcessInstance child) {
    return managementService.createJobQuery().processInstanceId(child.getId()).timers()
        .activityId("IntermediateCatchEvent_BeforeGuardianPeriodEnds").list().stream()
        .map(org.camunda.bpm.engine.runtime.Job::getDuedate).toList();
  }

  @Test
  void theStartFormIsCheckedOnTheServer() {
    assertRefused(CaseFixtures.investigationLeaderCase().with("municipalityCode", null).variables(),
        "municipalityCode");
    assertRefused(CaseFixtures.investigationLeaderCase().identifiedOn(TODAY.plusDays(1)).variables(),
        "identificationDate");
    assertRefused(CaseFixtures.investigationLeaderCase().with("personBirthDate", "2026-03-03").variables(),
        "personBirthDate");
    assertRefused(CaseFixtures.investigationLeaderCase().with("investigationReference", " ").variables(),
        "investigationReference");
  }

  @Test
  void aSupportOfferCannotPrecedeTheIdentification() {
    ProcessInstance route = startRoute(CaseFixtures.investigationLeaderCase().variables());
    String taskId = task(route, TASK_OFFER_SUPPORT).getId();

    assertThatThrownBy(() -> taskService.complete(taskId, values("supportOfferedDate", TODAY.minusDays(1).toString(),
        "supportTypes", json("[\"housing\"]"), "supportResponse", "accepted")))
        .satisfies(e -> assertThat(validationError(e).getField()).isEqualTo("supportOfferedDate"));
  }

  private void assertRefused(VariableMap startForm, String field) {
    assertThatThrownBy(() -> startRoute(startForm))
        .satisfies(e -> assertThat(validationError(e).getField()).isEqualTo(field));
  }

  private static Object json(String text) {
    return org.camunda.spin.plugin.variable.SpinValues.jsonValue(text).create();
  }
}
