package se.betanketid.demo;

import static se.betanketid.application.InvestigationLeaderApplicationProcess.TASK_ACKNOWLEDGE_CASE;
import static se.betanketid.application.InvestigationLeaderApplicationProcess.TASK_OFFER_SUPPORT;
import static se.betanketid.application.SocialServicesApplication.ADVISE_ON_APPLICATION;
import static se.betanketid.application.SocialServicesApplication.DECIDE_ON_APPLICATION;
import static se.betanketid.application.SocialServicesApplication.RECORD_ALTERNATIVE;
import static se.betanketid.application.SocialServicesApplication.RECORD_ANONYMOUS_CONSULTATION;
import static se.betanketid.application.SocialServicesApplication.RECORD_NSP_SUPPORT;
import static se.betanketid.application.SocialServicesApplication.SUBMIT_APPLICATION;
import static se.betanketid.child.ChildProcess.ASSESS_CHILD_PROTECTION;
import static se.betanketid.child.ChildProcess.COMPLETE_CHILD_INVESTIGATION;
import static se.betanketid.child.ChildProcess.MAKE_INITIAL_ASSESSMENT;
import static se.betanketid.child.ChildProcess.SECURE_RESIDENCE_BASIS;
import static se.betanketid.reflectionperiod.ReflectionPeriodProcess.TASK_ARRANGE_ASSISTED_RETURN;
import static se.betanketid.reflectionperiod.ReflectionPeriodProcess.TASK_PLAN_NEXT_STEP;
import static se.betanketid.reflectionperiod.ReflectionPeriodProcess.TASK_RECORD_ALTERNATIVE;
import static se.betanketid.reflectionperiod.ReflectionPeriodProcess.TASK_RECORD_OUTCOME;
import static se.betanketid.reflectionperiod.ReflectionPeriodProcess.TASK_RECORD_PERMIT;
import static se.betanketid.reflectionperiod.ReflectionPeriodProcess.TASK_REGISTER_DECISION;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.spin.plugin.variable.SpinValues;
import se.betanketid.casefile.ApplicantType;
import se.betanketid.casefile.CaseProcesses;

/**
 * The one case driver: the steps people take in a case, each completing the real task with the values a person
 * would enter (used by the demo data, the tests and the benchmarks). It does not move the engine clock: the caller
 * moves it to a step's day first. The start form's values are the caller's (demo persons, test fixtures).
 */
public class CaseSteps {

  public static final String GRANTED = "granted";
  public static final String REJECTED = "rejected";

  private final RuntimeService runtime;
  private final TaskService tasks;
  private final ManagementService management;
  private final Runnable afterEachStep;

  public CaseSteps(ProcessEngineServices engine) {
    this(engine, () -> {});
  }

  /** {@code afterEachStep} runs after every start and task completion (e.g. the job executor's work by hand). */
  public CaseSteps(ProcessEngineServices engine, Runnable afterEachStep) {
    this(engine.getRuntimeService(), engine.getTaskService(), engine.getManagementService(), afterEachStep);
  }

  public CaseSteps(RuntimeService runtime, TaskService tasks, ManagementService management,
      Runnable afterEachStep) {
    this.runtime = runtime;
    this.tasks = tasks;
    this.management = management;
    this.afterEachStep = afterEachStep;
  }

  /** Opens a case on its route as the start form does. */
  public ProcessInstance start(ApplicantType route, VariableMap startForm) {
    ProcessInstance instance = runtime.startProcessInstanceByKey(route.processKey(), startForm);
    afterEachStep.run();
    return instance;
  }

  /** The region's coordinator advises (the person gave consent). */
  public void advise(ProcessInstance route, boolean apply) {
    complete(route.getId(), ADVISE_ON_APPLICATION, values("coordinatorAdvice", "Ansök om betänketid.",
        "coordinatorRecommendation", apply ? "apply" : "do_not_apply"));
  }

  /** Without consent: the social worker asks the coordinator anonymously. */
  public void consultAnonymously(ProcessInstance route, LocalDate day) {
    complete(route.getId(), RECORD_ANONYMOUS_CONSULTATION, values("anonymousConsultation", true,
        "anonymousConsultationDate", day.toString(),
        "anonymousConsultationNotes", "Koordinatorn rekommenderar ansökan."));
  }

  /** A person found not eligible: the alternative offered. */
  public void recordIneligibleAlternative(ProcessInstance route) {
    complete(route.getId(), RECORD_ALTERNATIVE, values("alternative", "nsp"));
  }

  /**
   * The board decides to apply and the application goes to Migrationsverket on the day; the route's asynchronous
   * call of the reflection period runs.
   */
  public void apply(ProcessInstance route, LocalDate day) {
    decideToApply(route, day);
    complete(route.getId(), SUBMIT_APPLICATION, values("applicationDate", day.toString()));
    for (Job job : management.createJobQuery().processInstanceId(route.getId()).messages().list()) {
      management.executeJob(job.getId());
    }
  }

  /** The board decides not to apply (the person declined); NSP gives support. */
  public void boardDeclines(ProcessInstance route, LocalDate day) {
    decideNotToApply(route, day);
    complete(route.getId(), RECORD_NSP_SUPPORT, values("nspSupport", "given"));
  }

  /** The board decides to apply; the application is not yet sent ("Skicka ansökan" waits). */
  public void decideToApply(ProcessInstance route, LocalDate day) {
    complete(route.getId(), DECIDE_ON_APPLICATION, values("applicationDecision", "apply",
        "decisionMadeBy", "Enhetschef enligt delegationsordningen", "applicationDecisionDate", day.toString(),
        "applicationGrounds", "Personen har berättat om exploatering.", "contactPersonName", "Handläggare",
        "contactPersonPhone", "08-508 000 00"));
  }

  /** The board decides not to apply (the person declined and wants NSP's support). */
  public void decideNotToApply(ProcessInstance route, LocalDate day) {
    complete(route.getId(), DECIDE_ON_APPLICATION, values("applicationDecision", "do_not_apply",
        "decisionMadeBy", "Enhetschef enligt delegationsordningen", "applicationDecisionDate", day.toString(),
        "declineReason", "person_declined", "notApplyingReason", "Personen vill ha stöd via NSP i stället.",
        "alternative", "nsp"));
  }

  /** The investigation leader's route: the social services offer support, the coordinator takes note. */
  public void offerSupportAndAcknowledge(ProcessInstance route, LocalDate day) {
    complete(route.getId(), TASK_OFFER_SUPPORT, values("supportOfferedDate", day.toString(),
        "supportTypes", SpinValues.jsonValue("[\"housing\",\"healthcare\"]").create(), "supportResponse", "accepted"));
    complete(route.getId(), TASK_ACKNOWLEDGE_CASE, values());
  }

  /** The route's reflection period (after the application). */
  public ProcessInstance period(ProcessInstance route) {
    return runtime.createProcessInstanceQuery().superProcessInstanceId(route.getId())
        .processDefinitionKey(CaseProcesses.REFLECTION_PERIOD).singleResult();
  }

  /**
   * Migrationsverket's decision registered, dated the day; a rejection with its ground (a code of
   * casefile.RejectionReason), then the alternative offered.
   */
  public void decide(ProcessInstance route, LocalDate day, String result, String rejectionReasonCode) {
    String period = period(route).getId();
    boolean granted = GRANTED.equals(result);
    complete(period, TASK_REGISTER_DECISION, values("decisionResult", result, "decisionDate", day.toString(),
        "rejectionReasonCode", granted ? null : rejectionReasonCode,
        "rejectionReason", granted ? null : "Underlaget räckte inte för att anta att personen är offer."));
    if (!granted) {
      complete(period, TASK_RECORD_ALTERNATIVE, values("alternative", "nsp"));
    }
  }

  /** The next step after a granted period ({@code casefile.Outcome}'s name). */
  public void planNextStep(ProcessInstance route, String nextStep) {
    complete(period(route).getId(), TASK_PLAN_NEXT_STEP, values("nextStep", nextStep,
        "nextStepReason", "Planerat tillsammans med personen och tolk."));
  }

  /** After {@code ASSISTED_RETURN}: the return arranged on the day. */
  public void arrangeAssistedReturn(ProcessInstance route, LocalDate day) {
    complete(period(route).getId(), TASK_ARRANGE_ASSISTED_RETURN, values("assistedReturnStatus", "arranged",
        "assistedReturnDate", day.toString()));
  }

  /** After {@code PERMIT_SIX_MONTHS}: no permit applied for, so the outcome is NSP's support. */
  public void permitNotAppliedFor(ProcessInstance route) {
    String period = period(route).getId();
    complete(period, TASK_RECORD_PERMIT, values("permitDecisionResult", "not_applied"));
    complete(period, TASK_RECORD_OUTCOME, values("nextStep", "NATIONAL_SUPPORT_PROGRAMME",
        "nextStepReason", "Ingen ansökan om tillstånd; stöd via NSP."));
  }

  /** The route's accompanying children's processes. */
  public List<ProcessInstance> children(ProcessInstance route) {
    return runtime.createProcessInstanceQuery().superProcessInstanceId(route.getId())
        .processDefinitionKey(CaseProcesses.ACCOMPANYING_CHILD).list();
  }

  /** A child's protection track on the day: the protection assessment, then the initial assessment. */
  public void assessChild(ProcessInstance child, LocalDate day, boolean openInvestigation) {
    complete(child.getId(), ASSESS_CHILD_PROTECTION, values("concernReportDate", day.toString(),
        "protectionAssessmentDate", day.toString(), "immediateProtectionNeeded", false,
        "protectionAssessment", "Inga akuta risker."));
    complete(child.getId(), MAKE_INITIAL_ASSESSMENT, values("initialAssessmentDate", day.toString(),
        "initialAssessmentOutcome", openInvestigation ? "open_investigation" : "no_investigation"));
  }

  /** A child without a basis gets one (asylum) on the day, and the child's investigation is completed. */
  public void secureChildAndCloseInvestigation(ProcessInstance child, LocalDate day) {
    complete(child.getId(), SECURE_RESIDENCE_BASIS, values("securedCoverage", "asylum",
        "securedCoverageDate", day.toString()));
    complete(child.getId(), COMPLETE_CHILD_INVESTIGATION, values("childInvestigationCompletedDate", day.toString(),
        "childInvestigationOutcome", "support"));
  }

  /** Whether the instance has this open task. */
  public boolean hasTask(ProcessInstance instance, String taskKey) {
    return task(instance.getId(), taskKey) != null;
  }

  /** Completes the instance's one open task of this BPMN id with the values (a missing task fails). */
  public void complete(String instanceId, String taskKey, Map<String, Object> values) {
    Task task = task(instanceId, taskKey);
    if (task == null) {
      throw new IllegalStateException("No task " + taskKey + " in process instance " + instanceId);
    }
    tasks.complete(task.getId(), values);
    afterEachStep.run();
  }

  private Task task(String instanceId, String taskKey) {
    return tasks.createTaskQuery().processInstanceId(instanceId).taskDefinitionKey(taskKey).singleResult();
  }

  /** Keys and values; a null value is left out (not entered). */
  public static Map<String, Object> values(Object... keysAndValues) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      if (keysAndValues[i + 1] != null) {
        values.put((String) keysAndValues[i], keysAndValues[i + 1]);
      }
    }
    return values;
  }
}
