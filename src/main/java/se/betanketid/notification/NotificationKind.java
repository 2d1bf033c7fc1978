package se.betanketid.notification;

/** What an e-mail tells its recipient; each kind has its template in {@code src/main/resources/mail/}. */
public enum NotificationKind {
  NEW_TASK("new-task.ftl"),
  TASK_ASSIGNED("task-assigned.ftl"),
  REMINDER("reminder.ftl"),
  ESCALATION("escalation.ftl"),
  CHILD_WITHOUT_COVERAGE("child-without-coverage.ftl"),
  /** The board decided not to apply: to the region's coordinators, for the national support programme. */
  APPLICATION_DECLINED("application-declined.ftl"),
  /** Someone opened a case by break-glass (nödåtkomst): to the case's managers, at once (the read log's {@code BreakGlass}). */
  BREAK_GLASS("break-glass.ftl");

  private final String template;

  NotificationKind(String template) {
    this.template = template;
  }

  public String template() {
    return template;
  }

  /** Whether this mail goes to the task's assignee or candidates, who can always open it in Tasklist. */
  boolean toTaskHolder() {
    return this == NEW_TASK || this == TASK_ASSIGNED || this == REMINDER;
  }
}
