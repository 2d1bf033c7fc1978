package se.betanketid.application;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static se.betanketid.application.SocialServicesApplication.*;

import java.util.List;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import se.betanketid.CaseFixtures;

/** The paths of SocialServicesApplicationProcess: advice or anonymous consultation, eligibility, decision. */
class SocialServicesApplicationProcessIT extends SocialServicesTestCase {

  @Test
  void withConsentAnEligibleCaseIsAppliedForAndHandedToTheReflectionPeriod() {
    ProcessInstance instance = startWithConsent();
    String caseNumber = instance.getBusinessKey();

    Assertions.assertThat(caseNumber).matches("BT-2026-\\d{5}");
    assertThat(instance).isWaitingAt(ADVISE_ON_APPLICATION).variables()
        .containsEntry("applicantType", "SOCIAL_SERVICES").containsEntry("policeRegion", "stockholm");
    assertThat(task(instance)).hasName("Ge råd om ansökan – " + caseNumber)
        .hasCandidateGroup("regionkoordinator-stockholm").hasDueDate(date(TUESDAY.plusDays(1)));

    giveAdvice(instance, APPLY);

    assertThat(instance).hasPassed("BusinessRuleTask_CheckEligibility").isWaitingAt(DECIDE_ON_APPLICATION)
        .variables().containsEntry(ELIGIBLE, true).containsEntry(SUGGESTED_ALTERNATIVE, null);
    assertThat(task(instance)).hasName("Besluta om ansökan – " + caseNumber)
        .hasCandidateGroup("socialtjanst-0180").hasDueDate(date(TUESDAY.plusDays(2).withHour(17)));

    complete(task(instance), decisionToApply());

    assertThat(instance).isWaitingAt(SUBMIT_APPLICATION);
    assertThat(task(instance)).hasName("Skicka ansökan till Migrationsverket – " + caseNumber)
        .hasCandidateGroup("socialtjanst-0180");

    submitApplication(instance);

    assertThat(instance).hasPassed("EndEvent_ApplicationSubmitted").isWaitingAt(REFLECTION_PERIOD)
        .variables().containsEntry(APPLICATION_DATE, TODAY).doesNotContainKey("outcome");
  }

  @Test
  void theCaseGoesOnThroughTheReflectionPeriodToItsOutcome() {
    ProcessInstance instance = startWithConsent();
    giveAdvice(instance, APPLY);
    complete(task(DECIDE_ON_APPLICATION, instance), decisionToApply());
    submitApplication(instance);

    execute(job(REFLECTION_PERIOD, instance));

    assertThat(instance).isWaitingAt(REFLECTION_PERIOD);
    ProcessInstance period = runtimeService.createProcessInstanceQuery().superProcessInstanceId(instance.getId())
        .singleResult();
    Assertions.assertThat(period.getBusinessKey()).isEqualTo(instance.getBusinessKey());
    assertThat(period).isWaitingAt("UserTask_RegisterDecision").variables()
        .containsEntry(APPLICATION_DATE, TODAY).containsEntry("applicantType", "SOCIAL_SERVICES");
    assertThat(task(period)).hasCandidateGroup("socialtjanst-0180");
    complete(task(period), withVariables("decisionResult", "granted", "decisionDate", TODAY));
    complete(task("UserTask_PlanNextStep", period),
        withVariables("nextStep", "NATIONAL_SUPPORT_PROGRAMME", "nextStepReason", "Personen vill ha stöd via NSP."));

    assertThat(period).isEnded();
    assertThat(instance).isEnded().hasPassed(END_CASE_CLOSED);
    Assertions.assertThat(historicVariable(instance, "outcome")).isEqualTo("NATIONAL_SUPPORT_PROGRAMME");
  }

  @Test
  void withoutConsentTheSocialWorkerRecordsAnAnonymousConsultation() {
    ProcessInstance instance = start(CaseFixtures.socialServicesCase().with("coordinatorConsent", false));

    assertThat(instance).isWaitingAt(RECORD_ANONYMOUS_CONSULTATION).isNotWaitingAt(ADVISE_ON_APPLICATION);
    assertThat(task(instance)).hasName("Dokumentera anonym konsultation – " + instance.getBusinessKey())
        .hasCandidateGroup("socialtjanst-0180");

    complete(task(instance), withVariables(ANONYMOUS_CONSULTATION, true, ANONYMOUS_CONSULTATION_DATE, TODAY,
        "anonymousConsultationNotes", "Koordinatorn rekommenderar ansökan."));

    assertThat(instance).isWaitingAt(DECIDE_ON_APPLICATION).variables()
        .containsEntry(ANONYMOUS_CONSULTATION, true).doesNotContainKey(COORDINATOR_ADVICE);
  }

  @Test
  void notEligibleEndsWithTheReasonAndTheAlternativeChosen() {
    ProcessInstance instance = start(CaseFixtures.socialServicesCase().with(RESIDENCE_PERMIT, "work"));
    giveAdvice(instance, DO_NOT_APPLY);

    assertThat(instance).isWaitingAt(RECORD_ALTERNATIVE).variables().containsEntry(ELIGIBLE, false)
        .containsEntry(SUGGESTED_ALTERNATIVE, "nsp");
    Assertions.assertThat((String) runtimeService.getVariable(instance.getId(), ELIGIBILITY_REASON))
        .contains("har redan ett uppehållstillstånd");
    assertThat(task(instance)).hasName("Registrera annat stöd – " + instance.getBusinessKey())
        .hasCandidateGroup("socialtjanst-0180");

    complete(task(instance), withVariables("alternative", "nsp"));

    assertThat(instance).isEnded().hasPassed(END_NOT_ELIGIBLE);
    Assertions.assertThat(historicVariable(instance, "outcome")).isEqualTo("NOT_ELIGIBLE");
    Assertions.assertThat(historicVariable(instance, "alternative")).isEqualTo("nsp");
  }

  @Test
  void theBoardMayDecideNotToApplyAndTheCaseEndsWithTheAlternative() {
    ProcessInstance instance = startWithConsent();
    giveAdvice(instance, DO_NOT_APPLY);

    complete(task(DECIDE_ON_APPLICATION, instance), decisionNotToApply("nsp"));
    complete(task(RECORD_NSP_SUPPORT, instance), withVariables(NSP_SUPPORT, "not_given"));

    assertThat(instance).isEnded().hasPassed("EndEvent_ApplicationDeclined", END_NOT_APPLIED)
        .hasNotPassed(SUBMIT_APPLICATION);
    Assertions.assertThat(historicVariable(instance, "outcome")).isEqualTo("NOT_APPLIED");
    Assertions.assertThat(historicVariable(instance, "alternative")).isEqualTo("nsp");
  }

  @Test
  void theBoardMayApplyAgainstTheCoordinatorsAdvice() {
    ProcessInstance instance = startWithConsent();
    giveAdvice(instance, DO_NOT_APPLY);

    complete(task(DECIDE_ON_APPLICATION, instance), decisionToApply());

    assertThat(instance).isWaitingAt(SUBMIT_APPLICATION).variables()
        .containsEntry(COORDINATOR_RECOMMENDATION, DO_NOT_APPLY).containsEntry(APPLICATION_DECISION, APPLY);
  }

  @Test
  void everyChildGetsItsOwnCaseAndAnUncoveredChildRaisesTheAlarmAtOnce() {
    ProcessInstance instance = start(CaseFixtures.socialServicesCase().withChild("none_known").withChild("own_permit"));

    List<ProcessInstance> children = runtimeService.createProcessInstanceQuery()
        .superProcessInstanceId(instance.getId()).list();
    Assertions.assertThat(children).hasSize(2)
        .allMatch(child -> instance.getBusinessKey().equals(child.getBusinessKey()));
    assertThat(instance).isWaitingAt(CHILDREN, ADVISE_ON_APPLICATION);
    Assertions.assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
        .activityId("ServiceTask_NotifyChildWithoutCoverage").finished().count()).as("one alarm, one child").isOne();
  }

  @Test
  void anUncoveredChildKeepsTheCaseOpenAfterTheRouteHasEnded() {
    ProcessInstance instance = start(CaseFixtures.socialServicesCase().with(RESIDENCE_PERMIT, "work")
        .withChild("none_known"));
    giveAdvice(instance, DO_NOT_APPLY);
    complete(task(RECORD_ALTERNATIVE, instance), withVariables("alternative", "asylum"));

    assertThat(instance).hasPassed(END_NOT_ELIGIBLE).isNotEnded().isWaitingAt(CHILDREN)
        .variables().containsEntry("outcome", "NOT_ELIGIBLE");
    ProcessInstance child = runtimeService.createProcessInstanceQuery().superProcessInstanceId(instance.getId())
        .singleResult();
    assertThat(child).as("the child's case hears that the guardian's case ended").isActive().variables()
        .containsEntry("guardianCaseEnded", true);
  }
}
