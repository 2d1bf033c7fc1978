package se.betanketid.reflectionperiod;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.BeforeEach;
import se.betanketid.CaseFixtures;
import se.betanketid.ProcessTestCase;
import se.betanketid.calendar.EngineTime;
import se.betanketid.casefile.ApplicantType;
import se.betanketid.validation.CaseValidationException;

/**
 * Helpers for ReflectionPeriodProcess tests: the process started directly with a case's variables, as both
 * routes' call activities pass them, on a fixed engine clock (Monday 2 March 2026, 09:00 Swedish time).
 */
public abstract class ReflectionPeriodTestCase extends ProcessTestCase {

  public static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
  private static final AtomicInteger CASES = new AtomicInteger((int) (System.nanoTime() % 50_000));

  @BeforeEach
  void fixClock() {
    ClockUtil.setCurrentTime(at(TODAY, 9));
  }

  public static Date at(LocalDate day, int hour) {
    return Date.from(LocalDateTime.of(day, java.time.LocalTime.of(hour, 0)).atZone(EngineTime.SWEDEN).toInstant());
  }

  /** The case variables a route passes into the call activity, under a case number of its own. */
  public VariableMap caseVariables(ApplicantType applicant) {
    CaseFixtures fixture = applicant == ApplicantType.INVESTIGATION_LEADER
        ? CaseFixtures.investigationLeaderCase() : CaseFixtures.socialServicesCase();
    VariableMap variables = fixture.variables();
    variables.put("caseNumber", String.format("BT-2099-%05d", CASES.incrementAndGet() % 100_000));
    variables.put("applicantType", applicant.name());
    variables.put("policeRegion", "stockholm");
    variables.put("viaRegionalCoordinator", false);
    variables.put("children", SpinValues.jsonValue("[]").create());
    variables.put("applicationDate", TODAY.toString());
    return variables;
  }

  public ProcessInstance startCase(ApplicantType applicant) {
    VariableMap variables = caseVariables(applicant);
    return runtimeService.startProcessInstanceByKey(ReflectionPeriodProcess.KEY,
        (String) variables.get("caseNumber"), variables);
  }

  /** A case whose reflection period was granted today, valid for the default 30 days. */
  public ProcessInstance grantedCase(ApplicantType applicant) {
    ProcessInstance instance = startCase(applicant);
    complete(instance, ReflectionPeriodProcess.TASK_REGISTER_DECISION,
        "decisionResult", "granted", "decisionDate", TODAY.toString());
    return instance;
  }

  public Task task(ProcessInstance instance, String taskKey) {
    return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(taskKey)
        .singleResult();
  }

  /** Completes the task with the given form values (key, value, key, value…), validated as Tasklist's would be. */
  public void complete(ProcessInstance instance, String taskKey, Object... keysAndValues) {
    Task task = task(instance, taskKey);
    if (task == null) {
      throw new AssertionError("No task " + taskKey);
    }
    taskService.complete(task.getId(), values(keysAndValues));
  }

  public static VariableMap values(Object... keysAndValues) {
    VariableMap values = Variables.createVariables();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      values.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return values;
  }

  public Job timer(ProcessInstance instance, String boundaryEventId) {
    return managementService.createJobQuery().processInstanceId(instance.getId()).activityId(boundaryEventId)
        .singleResult();
  }

  /** Moves the engine clock to the timer's due date and runs it. */
  public void fire(ProcessInstance instance, String boundaryEventId) {
    Job job = timer(instance, boundaryEventId);
    if (job == null) {
      throw new AssertionError("No timer " + boundaryEventId);
    }
    ClockUtil.setCurrentTime(job.getDuedate());
    managementService.executeJob(job.getId());
  }

  /** A variable of the case, also after it has ended. */
  public Object variable(ProcessInstance instance, String name) {
    HistoricVariableInstance variable = historyService.createHistoricVariableInstanceQuery()
        .processInstanceId(instance.getId()).variableName(name).singleResult();
    return variable == null ? null : variable.getValue();
  }

  /** The validation error behind an engine exception (a task listener's is wrapped). */
  public static CaseValidationException validationError(Throwable thrown) {
    for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
      if (cause instanceof CaseValidationException invalid) {
        return invalid;
      }
    }
    throw new AssertionError("Not a validation error", thrown);
  }

  public boolean passed(ProcessInstance instance, String activityId) {
    return historyService.createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
        .activityId(activityId).finished().count() > 0;
  }
}
