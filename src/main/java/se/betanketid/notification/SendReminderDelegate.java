package se.betanketid.notification;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The reminder service tasks after a non-interrupting boundary timer
 * ({@code camunda:delegateExpression="${sendReminder}"}, input parameter {@code taskDefinitionKey} = the
 * user task the timer hangs on): reminds the task's assignee, or its candidates when it is unassigned.
 */
@Component("sendReminder")
class SendReminderDelegate implements JavaDelegate {

  static final String TASK_DEFINITION_KEY = "taskDefinitionKey";
  private static final Logger LOG = LoggerFactory.getLogger(SendReminderDelegate.class);

  private final CaseTasks caseTasks;
  private final NotificationQueue queue;

  SendReminderDelegate(CaseTasks caseTasks, NotificationQueue queue) {
    this.caseTasks = caseTasks;
    this.queue = queue;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object key = execution.getVariable(TASK_DEFINITION_KEY);
    if (key == null || key.toString().isBlank()) {
      throw new IllegalStateException("Reminder " + execution.getCurrentActivityId()
          + " needs the input parameter " + TASK_DEFINITION_KEY);
    }
    String caseNumber = CaseNumberOf.execution(execution);
    List<Task> tasks = caseTasks.open(execution.getProcessInstanceId(), key.toString());
    if (tasks.isEmpty()) {
      LOG.info("Reminder for {} in case {}: the task is no longer open", key, caseNumber);
    }
    for (Task task : tasks) {
      Notification reminder = Notification.about(NotificationKind.REMINDER, execution, task, null);
      if (task.getAssignee() != null) {
        queue.queue(reminder, List.of(task.getAssignee()), List.of());
      } else {
        CaseTasks.Candidates candidates = caseTasks.candidatesOf(task.getId());
        queue.queue(reminder, candidates.users(), candidates.groups());
      }
    }
  }
}
