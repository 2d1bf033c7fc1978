package se.betanketid.engine;

/**
 * Every hook of ours in the engine, in the order {@link EnginePlugin} registers them (the order counts where hooks
 * share a list: history handlers, parse listeners, command interceptors). Each is built into the engine, so no
 * BPMN shows it and no caller can skip it ({@code skipCustomListeners}, the REST API, Cockpit's modifications).
 * A feature plugs in with a bean of {@link EngineHook} whose additions name their constant here; docs/architecture.md
 * draws the same order.
 */
public enum Hook {

  /**
   * {@code system.FailedJobs}: a job whose retries ran out is due at once when retried, and each failed try is told
   * (the mail's log line); Camunda's own retry command keeps the last back-off.
   */
  FAILED_JOBS,

  /**
   * {@code reflectionperiod.DecisionCorrelationHandler}: a decision message for a case not waiting for one answers
   * 400 saying why, and a message never reveals a case its sender may not read.
   */
  DECISION_CORRELATION,

  /**
   * {@code sso.TokenIdentityPlugin} (profile oidc only): the identity service reads people and groups from the
   * provider's tokens, so nothing of a person is written to Camunda's tables.
   */
  TOKEN_IDENTITY,

  /**
   * {@code casefile.CaseAuthorizationProvider}: a task can be given only to the people of its case, whichever API
   * gives it.
   */
  CASE_AUTHORIZATION,

  /**
   * {@code casefile.CaseParseListener} (before the BPMN is parsed): every start and task form is validated, a case is
   * opened (number, business key, derived variables) and its groups are granted it, on every process.
   */
  CASE_OPENING,

  /**
   * {@code notification.TaskNotificationPlugin} (user tasks, create and assignment): new-task and assignment e-mails
   * without anything in the BPMN.
   */
  TASK_NOTIFICATION,

  /**
   * {@code notification.MailJob}: an e-mail to one recipient is a job of its own (no process instance), sent after its
   * transaction commits, retried after 1, 5 and 15 minutes, 1 and 4 hours, then an incident.
   */
  MAIL_JOBS,

  /**
   * {@code notification.MailHistory}: replaces the engine's database history writer with one that keeps of a mail job
   * its tries and its sending for 30 days, without its queuing (and of a mail instance queued by an earlier version,
   * not its steps and most of its variables); must come first of the history handlers, as the engine's own would.
   */
  MAIL_HISTORY,

  /**
   * {@code dashboard.DecisionMetrics} (history): counts Migrationsverket's decisions ({@code
   * betanketid_decisions_total}) when their transaction commits.
   */
  DECISION_METRICS,

  /**
   * {@code register.RegisterPlugin} (history, and user tasks): writes the case register in the engine's own
   * transaction, so it rolls back with it.
   */
  REGISTER,

  /**
   * {@code casefile.CaseIdentityGuard} (command interceptor): a person can never change a case's identity variables,
   * through any call (403).
   */
  CASE_IDENTITY_GUARD,

  /**
   * {@code casefile.FormSubmissionGuard} (command interceptor): a person submits only her task form's fields and
   * changes only those she may (400), checked before anything is touched.
   */
  FORM_SUBMISSION_GUARD,

  /**
   * {@code readlog.ReadLogPlugin} (command interceptor): a person's read of a case's variables or history through the
   * engine is logged (loggkontroll).
   */
  READ_LOG
}
