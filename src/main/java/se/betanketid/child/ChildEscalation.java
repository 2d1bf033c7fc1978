package se.betanketid.child;

import static se.betanketid.child.ChildProcess.CHILD_ESCALATION_OPEN;
import static se.betanketid.child.ChildProcess.GUARDIAN_VALID_UNTIL;
import static se.betanketid.child.ChildProcess.SECURE_RESIDENCE_BASIS;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import se.betanketid.calendar.CalendarDays;

/**
 * Keeps {@code childEscalationOpen} and the securing task's due date in step with the child's situation.
 * Listeners in {@code AccompanyingChildProcess}: {@code open} on {@code IntermediateThrowEvent_ChildWithoutCoverage},
 * {@code close} on {@code EndEvent_ChildSituationResolved}, {@code guardianPeriodGranted} on
 * {@code StartEvent_GuardianPeriodGranted}.
 */
@Component("childEscalation")
public class ChildEscalation {

  private static final Logger LOG = LoggerFactory.getLogger(ChildEscalation.class);

  private final CalendarDays days;

  ChildEscalation(CalendarDays days) {
    this.days = days;
  }

  public void open(DelegateExecution execution) {
    execution.setVariable(CHILD_ESCALATION_OPEN, true);
    LOG.info("Case {}: child without residence basis, escalation open", execution.getBusinessKey());
  }

  public void close(DelegateExecution execution) {
    execution.setVariable(CHILD_ESCALATION_OPEN, false);
    LOG.info("Case {}: child's residence situation recorded, escalation closed", execution.getBusinessKey());
  }

  /** The basis must be secured before the guardian's period ends: that end becomes the securing task's due date. */
  public void guardianPeriodGranted(DelegateExecution execution) {
    TaskService tasks = execution.getProcessEngineServices().getTaskService();
    for (Task task : tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey(SECURE_RESIDENCE_BASIS).list()) {
      task.setDueDate(days.on(execution.getVariable(GUARDIAN_VALID_UNTIL)));
      tasks.saveTask(task);
    }
  }
}
