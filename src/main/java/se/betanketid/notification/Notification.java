package se.betanketid.notification;

import static se.betanketid.notification.MailNotificationProcess.CASE_NUMBER;
import static se.betanketid.notification.MailNotificationProcess.KIND;
import static se.betanketid.notification.MailNotificationProcess.REASON;
import static se.betanketid.notification.MailNotificationProcess.SOURCE_PROCESS_INSTANCE;
import static se.betanketid.notification.MailNotificationProcess.TASK_DUE_DATE;
import static se.betanketid.notification.MailNotificationProcess.TASK_ID;
import static se.betanketid.notification.MailNotificationProcess.TASK_NAME;

import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.task.Task;

/**
 * One e-mail to be sent: what happened, in which case, about which task. Nothing about the person: the
 * case number is the only identifier, task names end with it, the reason is a code such as DECISION_OVERDUE.
 */
public record Notification(NotificationKind kind, String caseNumber, String taskId, String taskName,
    Date taskDueDate, String reason, String sourceProcessInstanceId) {

  static Notification about(NotificationKind kind, DelegateTask task) {
    return new Notification(kind, CaseNumberOf.task(task), task.getId(), task.getName(), task.getDueDate(),
        null, task.getProcessInstanceId());
  }

  static Notification about(NotificationKind kind, String caseNumber, Task task, String reason) {
    return new Notification(kind, caseNumber, task.getId(), task.getName(), task.getDueDate(), reason,
        task.getProcessInstanceId());
  }

  static Notification withoutTask(NotificationKind kind, String caseNumber, String reason,
      String processInstanceId) {
    return new Notification(kind, caseNumber, null, null, null, reason, processInstanceId);
  }

  /** The variables of the MailNotificationProcess instance that sends this to one recipient. */
  Map<String, Object> variables(String recipientId) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(KIND, kind.name());
    variables.put(CASE_NUMBER, caseNumber);
    variables.put(TASK_ID, taskId);
    variables.put(TASK_NAME, taskName);
    variables.put(TASK_DUE_DATE, taskDueDate);
    variables.put(REASON, reason);
    variables.put(SOURCE_PROCESS_INSTANCE, sourceProcessInstanceId);
    variables.put(MailNotificationProcess.RECIPIENT, recipientId);
    return variables;
  }

  static Notification from(VariableScope scope) {
    return new Notification(NotificationKind.valueOf((String) scope.getVariable(KIND)),
        (String) scope.getVariable(CASE_NUMBER), (String) scope.getVariable(TASK_ID),
        (String) scope.getVariable(TASK_NAME), (Date) scope.getVariable(TASK_DUE_DATE),
        (String) scope.getVariable(REASON), (String) scope.getVariable(SOURCE_PROCESS_INSTANCE));
  }
}
