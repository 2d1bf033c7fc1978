package se.betanketid.statistics;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import se.betanketid.CaseFixtures;
import se.betanketid.calendar.EngineTime;
import se.betanketid.casefile.ApplicantType;
import se.betanketid.demo.CaseSteps;

/**
 * Runs a {@link CohortCase} through the real processes as the people would ({@link CaseSteps}): the route's start
 * form on the day, its tasks, the application, Migrationsverket's decision and the next step, each on its day
 * (engine clock).
 */
class CaseDriver {

  private final CaseSteps steps;
  private final RuntimeService runtime;
  private final ManagementService management;
  /** The ground of the rejections this driver registers (a code of casefile.RejectionReason). */
  private String rejectionReason = "not_presumed_victim";

  CaseDriver(RuntimeService runtime, TaskService tasks, ManagementService management) {
    this.steps = new CaseSteps(runtime, tasks, management, () -> {});
    this.runtime = runtime;
    this.management = management;
  }

  /** From now on, rejections are registered with this ground. */
  CaseDriver rejectingFor(String code) {
    this.rejectionReason = code;
    return this;
  }

  /** Runs the case; answers the route's process instance. */
  ProcessInstance run(CohortCase c) {
    ProcessInstance route = open(c);
    if (c.eligible()) {
      decide(route, c, true);
    }
    return route;
  }

  /** Runs the case until Migrationsverket's decision is due (or, when not eligible, to its end). */
  ProcessInstance open(CohortCase c) {
    return c.route() == ApplicantType.SOCIAL_SERVICES ? socialServices(c) : investigationLeader(c);
  }

  /**
   * Registers Migrationsverket's decision and the next step of an opened case: on the day of the decision, or
   * at the engine clock's time as it is ({@code onTheDay} false; the decision date is the case's all the same).
   */
  void decide(ProcessInstance route, CohortCase c, boolean onTheDay) {
    if (c.decisionOverdue()) {
      fireTimer(steps.period(route), "BoundaryEvent_DecisionOverdue");
    }
    if (onTheDay) {
      at(c.decided());
    }
    steps.decide(route, c.decided(), c.result(), rejectionReason);
    if (CaseSteps.GRANTED.equals(c.result())) {
      steps.planNextStep(route, c.outcome());
    }
  }

  /**
   * Completes the protection track (protection assessment, initial assessment without investigation) of the
   * route's covered children, so that their processes end.
   */
  void assessCoveredChildren(ProcessInstance route) {
    for (ProcessInstance child : steps.children(route)) {
      if (Boolean.TRUE.equals(runtime.getVariable(child.getId(), "childCovered"))) {
        steps.assessChild(child, EngineTime.today(), false);
      }
    }
  }

  private ProcessInstance socialServices(CohortCase c) {
    at(c.identified());
    CaseFixtures fixture = common(CaseFixtures.socialServicesCase(), c)
        .with("coordinatorConsent", true).with("referredByCoordinator", c.viaCoordinator())
        .with("residencePermit", c.eligible() ? "none" : "work");
    ProcessInstance route = steps.start(ApplicantType.SOCIAL_SERVICES, fixture.variables());
    steps.advise(route, c.eligible());
    if (!c.eligible()) {
      steps.recordIneligibleAlternative(route);
      return route;
    }
    at(c.applied());
    steps.apply(route, c.applied());
    return route;
  }

  private ProcessInstance investigationLeader(CohortCase c) {
    at(c.applied());
    ProcessInstance route = steps.start(ApplicantType.INVESTIGATION_LEADER,
        common(CaseFixtures.investigationLeaderCase(), c).variables());
    steps.offerSupportAndAcknowledge(route, c.applied());
    return route;
  }

  private static CaseFixtures common(CaseFixtures fixture, CohortCase c) {
    fixture.with("personSex", c.sex()).with("municipalityCode", c.municipality())
        .with("exploitationForms", c.forms()).identifiedOn(c.identified());
    c.children().forEach(fixture::withChild);
    return fixture;
  }

  private void fireTimer(ProcessInstance instance, String boundaryEventId) {
    Job timer = management.createJobQuery().processInstanceId(instance.getId()).activityId(boundaryEventId)
        .singleResult();
    EngineTime.set(timer.getDuedate());
    management.executeJob(timer.getId());
  }

  /** Moves the engine clock to 10:00 Swedish time on the day. */
  static void at(LocalDate day) {
    EngineTime.set(Date.from(day.atTime(LocalTime.of(10, 0)).atZone(EngineTime.SWEDEN).toInstant()));
  }
}
