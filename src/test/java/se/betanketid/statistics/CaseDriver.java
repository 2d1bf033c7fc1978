package se.betanketid.statistics;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import se.betanketid.CaseFixtures;
import se.betanketid.calendar.EngineTime;
import se.betanketid.casefile.ApplicantType;

/**
 * Runs a {@link CohortCase} through the real processes as the people would: the route's start form on the day,
 * its tasks, the application, Migrationsverket's decision and the next step, each on its day (engine clock).
 */
class CaseDriver {

  private final RuntimeService runtime;
  private final TaskService tasks;
  private final ManagementService management;
  /** The ground of the rejections this driver registers (a code of reflectionperiod.RejectionReason). */
  private String rejectionReason = "not_presumed_victim";

  CaseDriver(RuntimeService runtime, TaskService tasks, ManagementService management) {
    this.runtime = runtime;
    this.tasks = tasks;
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
    ProcessInstance period = runtime.createProcessInstanceQuery().superProcessInstanceId(route.getId())
        .processDefinitionKey("ReflectionPeriodProcess").singleResult();
    if (c.decisionOverdue()) {
      fireTimer(period, "BoundaryEvent_DecisionOverdue");
    }
    if (onTheDay) {
      at(c.decided());
    }
    VariableMap decision = Variables.createVariables().putValue("decisionResult", c.result())
        .putValue("decisionDate", c.decided().toString());
    if ("rejected".equals(c.result())) {
      decision.putValue("rejectionReasonCode", rejectionReason)
          .putValue("rejectionReason", "Underlaget räckte inte för att anta att personen är offer.");
      complete(period, "UserTask_RegisterDecision", decision);
      complete(period, "UserTask_RecordAlternative", Map.of("alternative", "nsp"));
    } else {
      complete(period, "UserTask_RegisterDecision", decision);
      complete(period, "UserTask_PlanNextStep", Map.of("nextStep", c.outcome(),
          "nextStepReason", "Planerat tillsammans med personen."));
    }
  }

  /**
   * Completes the protection track (protection assessment, initial assessment without investigation) of the
   * route's covered children, so that their processes end.
   */
  void assessCoveredChildren(ProcessInstance route) {
    for (ProcessInstance child : runtime.createProcessInstanceQuery().superProcessInstanceId(route.getId())
        .processDefinitionKey("AccompanyingChildProcess").list()) {
      if (Boolean.TRUE.equals(runtime.getVariable(child.getId(), "childCovered"))) {
        String day = EngineTime.today().toString();
        complete(child, "UserTask_AssessChildProtection", Map.of("concernReportDate", day,
            "protectionAssessmentDate", day, "immediateProtectionNeeded", false, "protectionAssessment", "Inga risker."));
        complete(child, "UserTask_MakeInitialAssessment", Map.of("initialAssessmentDate", day,
            "initialAssessmentOutcome", "no_investigation"));
      }
    }
  }

  private ProcessInstance socialServices(CohortCase c) {
    at(c.identified());
    CaseFixtures fixture = common(CaseFixtures.socialServicesCase(), c)
        .with("coordinatorConsent", true).with("referredByCoordinator", c.viaCoordinator())
        .with("residencePermit", c.eligible() ? "none" : "work");
    ProcessInstance route = runtime.startProcessInstanceByKey(ApplicantType.SOCIAL_SERVICES.processKey(),
        fixture.variables());
    complete(route, "UserTask_AdviseOnApplication", Map.of("coordinatorAdvice", "Ansök om betänketid.",
        "coordinatorRecommendation", c.eligible() ? "apply" : "do_not_apply"));
    if (!c.eligible()) {
      complete(route, "UserTask_RecordAlternative", Map.of("alternative", "nsp"));
      return route;
    }
    at(c.applied());
    complete(route, "UserTask_DecideOnApplication", Map.of("applicationDecision", "apply",
        "decisionMadeBy", "Enhetschef enligt delegationsordningen", "applicationDecisionDate", c.applied().toString(),
        "applicationGrounds", "Personen har berättat om exploatering.", "contactPersonName", "Handläggare",
        "contactPersonPhone", "08-508 000 00"));
    complete(route, "UserTask_SubmitApplication", Map.of("applicationDate", c.applied().toString()));
    for (Job job : management.createJobQuery().processInstanceId(route.getId()).messages().list()) {
      management.executeJob(job.getId());
    }
    return route;
  }

  private ProcessInstance investigationLeader(CohortCase c) {
    at(c.applied());
    CaseFixtures fixture = common(CaseFixtures.investigationLeaderCase(), c);
    ProcessInstance route = runtime.startProcessInstanceByKey(ApplicantType.INVESTIGATION_LEADER.processKey(),
        fixture.variables());
    complete(route, "UserTask_OfferSupport", Map.of("supportOfferedDate", c.applied().toString(),
        "supportTypes", SpinValues.jsonValue("[\"housing\"]").create(), "supportResponse", "accepted"));
    complete(route, "UserTask_AcknowledgeCase", Map.of());
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
    ClockUtil.setCurrentTime(timer.getDuedate());
    management.executeJob(timer.getId());
  }

  private void complete(ProcessInstance instance, String taskKey, Map<String, Object> values) {
    Task task = tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(taskKey)
        .singleResult();
    if (task == null) {
      throw new AssertionError("No task " + taskKey + " in " + instance.getProcessDefinitionId());
    }
    tasks.complete(task.getId(), values);
  }

  /** Moves the engine clock to 10:00 Swedish time on the day. */
  static void at(LocalDate day) {
    ClockUtil.setCurrentTime(Date.from(day.atTime(LocalTime.of(10, 0)).atZone(EngineTime.SWEDEN).toInstant()));
  }
}
