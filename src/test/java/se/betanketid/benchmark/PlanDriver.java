package se.betanketid.benchmark;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import se.betanketid.CaseFixtures;

/**
 * Runs a {@link CasePlan} through the real processes, each step on its day ({@link EngineDays}), every task of
 * the case and its child completed, to the end. Engine-internal (no authenticated user): it generates history.
 */
final class PlanDriver {

  private final ProcessEngine engine;
  private final EngineDays days;

  PlanDriver(ProcessEngine engine) {
    this.engine = engine;
    this.days = new EngineDays(engine.getManagementService());
  }

  /** Runs the case; answers whether its route ended. */
  boolean run(CasePlan plan) {
    days.startOn(plan.identified());
    ProcessInstance route = plan.investigationLeader() ? investigationLeader(plan) : socialServices(plan);
    LocalDate last = plan.identified();
    if (plan.applies()) {
      days.advanceTo(plan.decided());
      String period = instance("ReflectionPeriodProcess", route.getBusinessKey());
      complete(period, "UserTask_RegisterDecision", values("decisionResult", plan.granted() ? "granted" : "rejected",
          "decisionDate", plan.decided().toString(), "rejectionReason", plan.granted() ? null
              : "Underlaget räckte inte för att anta att personen är offer.",
          "rejectionReasonCode", plan.granted() ? null : "not_presumed_victim"));
      last = plan.decided();
      if (!plan.granted()) {
        complete(period, "UserTask_RecordAlternative", values("alternative", "nsp"));
      } else {
        days.advanceTo(plan.nextStepDay());
        last = plan.nextStepDay();
        complete(period, "UserTask_PlanNextStep", values("nextStep", plan.nextStep(),
            "nextStepReason", "Planerat tillsammans med personen."));
        nextStep(period, plan);
      }
    }
    finishChild(route.getBusinessKey(), last);
    days.runAsyncJobs();
    return engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(route.getId())
        .finished().count() == 1;
  }

  private ProcessInstance socialServices(CasePlan plan) {
    CaseFixtures fixture = person(CaseFixtures.socialServicesCase(), plan).with("coordinatorConsent", plan.consent())
        .with("residencePermit", plan.eligible() ? "none" : "work");
    ProcessInstance route = engine.getRuntimeService().startProcessInstanceByKey("SocialServicesApplicationProcess",
        fixture.variables());
    days.runAsyncJobs();
    protectChild(route.getBusinessKey(), plan);
    String day = plan.identified().toString();
    if (plan.consent()) {
      complete(route.getId(), "UserTask_AdviseOnApplication", values("coordinatorAdvice", "Ansök om betänketid.",
          "coordinatorRecommendation", plan.eligible() ? "apply" : "do_not_apply"));
    } else {
      complete(route.getId(), "UserTask_RecordAnonymousConsultation", values("anonymousConsultation", true,
          "anonymousConsultationDate", day, "anonymousConsultationNotes", "Koordinatorn rekommenderar ansökan."));
    }
    if (!plan.eligible()) {
      complete(route.getId(), "UserTask_RecordAlternative", values("alternative", "nsp"));
      return route;
    }
    days.advanceTo(plan.applied());
    String applied = plan.applied().toString();
    if (!plan.boardApplies()) {
      complete(route.getId(), "UserTask_DecideOnApplication", values("applicationDecision", "do_not_apply",
          "decisionMadeBy", "Enhetschef", "applicationDecisionDate", applied,
          "declineReason", "person_declined", "notApplyingReason", "Personen vill ha stöd via NSP i stället.",
          "alternative", "nsp"));
      complete(route.getId(), "UserTask_RecordNspSupport", values("nspSupport", "given"));
      return route;
    }
    complete(route.getId(), "UserTask_DecideOnApplication", values("applicationDecision", "apply",
        "decisionMadeBy", "Enhetschef enligt delegationsordningen", "applicationDecisionDate", applied,
        "applicationGrounds", "Personen har berättat om exploatering.", "contactPersonName", "Handläggare",
        "contactPersonPhone", "08-508 000 00"));
    complete(route.getId(), "UserTask_SubmitApplication", values("applicationDate", applied));
    days.runAsyncJobs();
    return route;
  }

  private ProcessInstance investigationLeader(CasePlan plan) {
    ProcessInstance route = engine.getRuntimeService().startProcessInstanceByKey(
        "InvestigationLeaderApplicationProcess", person(CaseFixtures.investigationLeaderCase(), plan).variables());
    days.runAsyncJobs();
    protectChild(route.getBusinessKey(), plan);
    complete(route.getId(), "UserTask_OfferSupport", values("supportOfferedDate", plan.identified().toString(),
        "supportTypes", SpinValues.jsonValue("[\"housing\"]").create(), "supportResponse", "accepted"));
    complete(route.getId(), "UserTask_AcknowledgeCase", values());
    return route;
  }

  private void nextStep(String period, CasePlan plan) {
    String day = plan.nextStepDay().toString();
    if ("ASSISTED_RETURN".equals(plan.nextStep())) {
      complete(period, "UserTask_ArrangeAssistedReturn", values("assistedReturnStatus", "arranged",
          "assistedReturnDate", day));
    } else if ("PERMIT_SIX_MONTHS".equals(plan.nextStep())) {
      complete(period, "UserTask_RecordPermit", values("permitDecisionResult", "not_applied"));
      complete(period, "UserTask_RecordOutcome", values("nextStep", "NATIONAL_SUPPORT_PROGRAMME",
          "nextStepReason", "Ingen ansökan om tillstånd; stöd via NSP."));
    }
  }

  private static CaseFixtures person(CaseFixtures fixture, CasePlan plan) {
    fixture.with("personSex", plan.sex()).with("exploitationForms", plan.forms())
        .with("municipalityCode", plan.municipality()).identifiedOn(plan.identified());
    if (plan.childCoverage() != null) {
      fixture.withChild(plan.childCoverage());
    }
    return fixture;
  }

  private void protectChild(String caseNumber, CasePlan plan) {
    if (plan.childCoverage() != null) {
      String day = plan.identified().toString();
      String child = instance("AccompanyingChildProcess", caseNumber);
      complete(child, "UserTask_AssessChildProtection",
          values("concernReportDate", day, "protectionAssessmentDate", day, "immediateProtectionNeeded", false,
              "protectionAssessment", "Inga akuta risker."));
      complete(child, "UserTask_MakeInitialAssessment", values("initialAssessmentDate", day,
          "initialAssessmentOutcome", "none_known".equals(plan.childCoverage()) ? "open_investigation"
              : "no_investigation"));
    }
  }

  private void finishChild(String caseNumber, LocalDate day) {
    if (engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("AccompanyingChildProcess")
        .processInstanceBusinessKey(caseNumber).count() == 0) {
      return;
    }
    String child = instance("AccompanyingChildProcess", caseNumber);
    if (task(child, "UserTask_SecureResidenceBasis") == null) {
      return;
    }
    complete(child, "UserTask_SecureResidenceBasis", values("securedCoverage", "asylum",
        "securedCoverageDate", day.toString()));
    complete(child, "UserTask_CompleteChildInvestigation", values("childInvestigationCompletedDate", day.toString(),
        "childInvestigationOutcome", "support"));
  }

  private String instance(String key, String caseNumber) {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(key)
        .processInstanceBusinessKey(caseNumber).singleResult().getId();
  }

  private Task task(String instanceId, String key) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instanceId).taskDefinitionKey(key)
        .singleResult();
  }

  private void complete(String instanceId, String key, Map<String, Object> values) {
    Task task = task(instanceId, key);
    if (task == null) {
      throw new IllegalStateException("No task " + key + " in " + instanceId);
    }
    engine.getTaskService().complete(task.getId(), values);
    days.runAsyncJobs();
  }

  private static Map<String, Object> values(Object... keysAndValues) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      if (keysAndValues[i + 1] != null) {
        values.put((String) keysAndValues[i], keysAndValues[i + 1]);
      }
    }
    return values;
  }
}
