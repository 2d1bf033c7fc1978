package se.betanketid.notification;

/**
 * Names of {@code bpmn/MailNotificationProcess.bpmn} ("E-postavisering"): mail jobs ({@link MailJob}) and their
 * incidents are filed under it, of no instance, so Cockpit counts and lists them there. Versions before 2026-12-06
 * started one instance of it per e-mail and recipient; none is started now, and instances an upgrade finds waiting or
 * with an incident are still sent ({@link SendMailDelegate}).
 * Its variables never hold personal data: a kind, the case number, task id, name and due date, a reason
 * code, a child's place among the case's children ("barn 1 av 2") and the recipient's user id.
 */
public final class MailNotificationProcess {

  public static final String KEY = "MailNotificationProcess";

  static final String KIND = "notificationKind";
  static final String CASE_NUMBER = "caseNumber";
  static final String TASK_ID = "taskId";
  static final String TASK_NAME = "taskName";
  static final String TASK_DUE_DATE = "taskDueDate";
  static final String REASON = "notificationReason";
  static final String RECIPIENT = "recipientId";
  static final String SOURCE_PROCESS_INSTANCE = "sourceProcessInstanceId";
  static final String CHILD_LABEL = "childLabel";

  private MailNotificationProcess() {}
}
