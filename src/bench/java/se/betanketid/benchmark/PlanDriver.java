package se.betanketid.benchmark;

import java.time.LocalDate;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import se.betanketid.CaseFixtures;
import se.betanketid.casefile.ApplicantType;
import se.betanketid.child.ChildProcess;
import se.betanketid.demo.CaseSteps;

/**
 * Runs a {@link CasePlan} through the real processes ({@link CaseSteps}), each step on its day
 * ({@link EngineDays}), every task of the case and its child completed, to the end. Engine-internal (no
 * authenticated user): it generates history.
 */
final class PlanDriver {

  private final ProcessEngine engine;
  private final EngineDays days;
  private final CaseSteps steps;

  PlanDriver(ProcessEngine engine) {
    this.engine = engine;
    this.days = new EngineDays(engine.getManagementService());
    this.steps = new CaseSteps(engine, days::runAsyncJobs);
  }

  /** Runs the case; answers whether its route ended. */
  boolean run(CasePlan plan) {
    days.startOn(plan.identified());
    ProcessInstance route = plan.investigationLeader() ? investigationLeader(plan) : socialServices(plan);
    LocalDate last = plan.identified();
    if (plan.applies()) {
      days.advanceTo(plan.decided());
      steps.decide(route, plan.decided(), plan.granted() ? CaseSteps.GRANTED : CaseSteps.REJECTED,
          "not_presumed_victim");
      last = plan.decided();
      if (plan.granted()) {
        days.advanceTo(plan.nextStepDay());
        last = plan.nextStepDay();
        steps.planNextStep(route, plan.nextStep());
        nextStep(route, plan);
      }
    }
    finishChild(route, last);
    days.runAsyncJobs();
    return engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(route.getId())
        .finished().count() == 1;
  }

  private ProcessInstance socialServices(CasePlan plan) {
    CaseFixtures fixture = person(CaseFixtures.socialServicesCase(), plan).with("coordinatorConsent", plan.consent())
        .with("residencePermit", plan.eligible() ? "none" : "work");
    ProcessInstance route = steps.start(ApplicantType.SOCIAL_SERVICES, fixture.variables());
    protectChild(route, plan);
    if (plan.consent()) {
      steps.advise(route, plan.eligible());
    } else {
      steps.consultAnonymously(route, plan.identified());
    }
    if (!plan.eligible()) {
      steps.recordIneligibleAlternative(route);
      return route;
    }
    days.advanceTo(plan.applied());
    if (plan.boardApplies()) {
      steps.apply(route, plan.applied());
    } else {
      steps.boardDeclines(route, plan.applied());
    }
    return route;
  }

  private ProcessInstance investigationLeader(CasePlan plan) {
    ProcessInstance route = steps.start(ApplicantType.INVESTIGATION_LEADER,
        person(CaseFixtures.investigationLeaderCase(), plan).variables());
    protectChild(route, plan);
    steps.offerSupportAndAcknowledge(route, plan.identified());
    return route;
  }

  private void nextStep(ProcessInstance route, CasePlan plan) {
    if ("ASSISTED_RETURN".equals(plan.nextStep())) {
      steps.arrangeAssistedReturn(route, plan.nextStepDay());
    } else if ("PERMIT_SIX_MONTHS".equals(plan.nextStep())) {
      steps.permitNotAppliedFor(route);
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

  private void protectChild(ProcessInstance route, CasePlan plan) {
    if (plan.childCoverage() != null) {
      steps.assessChild(steps.children(route).get(0), plan.identified(), "none_known".equals(plan.childCoverage()));
    }
  }

  private void finishChild(ProcessInstance route, LocalDate day) {
    for (ProcessInstance child : steps.children(route)) {
      if (steps.hasTask(child, ChildProcess.SECURE_RESIDENCE_BASIS)) {
        steps.secureChildAndCloseInvestigation(child, day);
      }
    }
  }
}
