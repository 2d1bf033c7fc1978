package se.betanketid.notification;

/**
 * Names of {@code bpmn/MailNotificationProcess.bpmn}, how versions before 2026-12-06 queued a mail: one instance per
 * e-mail and recipient. No new instance is started (a mail is a {@link MailJob} now); the process stays deployed so
 * that instances an upgrade finds waiting or with an incident are still sent ({@link SendMailDelegate}).
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
