package se.betanketid.notification;

import static se.betanketid.notification.MailNotificationProcess.CASE_NUMBER;
import static se.betanketid.notification.MailNotificationProcess.CHILD_LABEL;
import static se.betanketid.notification.MailNotificationProcess.KIND;
import static se.betanketid.notification.MailNotificationProcess.REASON;
import static se.betanketid.notification.MailNotificationProcess.SOURCE_PROCESS_INSTANCE;
import static se.betanketid.notification.MailNotificationProcess.TASK_DUE_DATE;
import static se.betanketid.notification.MailNotificationProcess.TASK_ID;
import static se.betanketid.notification.MailNotificationProcess.TASK_NAME;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.task.Task;

/**
 * One e-mail to be sent: what happened, in which case, about which task. Nothing about the person: the
 * case number is the only identifier, task names end with it, the reason is a code such as DECISION_OVERDUE,
 * and a child is only "barn 1 av 2" (its place among the case's children).
 */
public record Notification(NotificationKind kind, String caseNumber, String taskId, String taskName,
    Date taskDueDate, String reason, String sourceProcessInstanceId, String childLabel) {

  /** On AccompanyingChildProcess instances: "barn 1 av 2", else built from childNumber and childCount. */
  static final String CHILD_LABEL_VARIABLE = "childLabel";
  static final String CHILD_NUMBER = "childNumber";
  static final String CHILD_COUNT = "childCount";

  static Notification about(NotificationKind kind, DelegateTask task) {
    return new Notification(kind, CaseNumberOf.task(task), task.getId(), task.getName(), task.getDueDate(),
        null, task.getProcessInstanceId(), null);
  }

  /** About an open task, from a service task of the same process instance. */
  static Notification about(NotificationKind kind, DelegateExecution execution, Task task, String reason) {
    return new Notification(kind, CaseNumberOf.execution(execution), task.getId(), task.getName(),
        task.getDueDate(), reason, task.getProcessInstanceId(), childLabelOf(execution));
  }

  /** About the case (no task), from a service task. */
  static Notification aboutCase(NotificationKind kind, DelegateExecution execution, String reason) {
    return new Notification(kind, CaseNumberOf.execution(execution), null, null, null, reason,
        execution.getProcessInstanceId(), childLabelOf(execution));
  }

  /** In an AccompanyingChildProcess instance: which child, e.g. "barn 1 av 2"; elsewhere null. */
  static String childLabelOf(DelegateExecution execution) {
    Object label = execution.getVariable(CHILD_LABEL_VARIABLE);
    if (label != null) {
      return label.toString();
    }
    Object number = execution.getVariable(CHILD_NUMBER);
    Object count = execution.getVariable(CHILD_COUNT);
    if (number == null) {
      return null;
    }
    return count == null ? "barn " + number : "barn " + number + " av " + count;
  }

  /** From the variables of a {@link MailNotificationProcess} instance queued by an earlier version. */
  static Notification from(VariableScope scope) {
    return new Notification(NotificationKind.valueOf((String) scope.getVariable(KIND)),
        (String) scope.getVariable(CASE_NUMBER), (String) scope.getVariable(TASK_ID),
        (String) scope.getVariable(TASK_NAME), (Date) scope.getVariable(TASK_DUE_DATE),
        (String) scope.getVariable(REASON), (String) scope.getVariable(SOURCE_PROCESS_INSTANCE),
        (String) scope.getVariable(CHILD_LABEL));
  }
}
