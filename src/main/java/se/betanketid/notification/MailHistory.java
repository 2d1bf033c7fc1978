package se.betanketid.notification;

import java.time.Duration;
import java.util.Date;
import java.util.Set;
import org.camunda.bpm.engine.impl.history.event.HistoricActivityInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricJobLogEvent;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.springframework.stereotype.Component;
import se.betanketid.calendar.EngineTime;
import se.betanketid.engine.EngineHook;
import se.betanketid.engine.EngineHooks;
import se.betanketid.engine.Hook;

/**
 * What a mail leaves in history. Of a {@link MailJob}: its job log's failed tries and its sending (or deletion), each
 * removed by the history cleanup after {@link #KEPT} days (a job of no process instance has no process to be removed
 * with); not its queuing, which the sending repeats. Of a {@link MailNotificationProcess} instance queued by an
 * earlier version: its process instance, job log, incidents, and which mail went to whom for which case (the
 * variables {@code caseNumber}, {@code notificationKind}, {@code recipientId}, without their change log); not its
 * three steps and the other six variables. Replaces the engine's database history handler with one that does so; all
 * else is written as before.
 */
@Component
class MailHistory implements EngineHook {

  static final Duration KEPT = Duration.ofDays(30);
  static final Set<String> KEPT_VARIABLES = Set.of(MailNotificationProcess.CASE_NUMBER, MailNotificationProcess.KIND,
      MailNotificationProcess.RECIPIENT);

  @Override
  public void addTo(EngineHooks engine) {
    engine.historyWriter(Hook.MAIL_HISTORY, new Handler());
  }

  static boolean isLeftOut(HistoryEvent event) {
    if (event instanceof HistoricJobLogEvent log && isOfMailJob(log)) {
      return log.isCreationLog();
    }
    if (!isOfMailInstance(event)) {
      return false;
    }
    return event instanceof HistoricActivityInstanceEventEntity
        || event instanceof HistoricVariableUpdateEventEntity variable
            && !KEPT_VARIABLES.contains(variable.getVariableName());
  }

  /** A job without a job definition carries its handler type in the log's job definition type. */
  private static boolean isOfMailJob(HistoricJobLogEvent log) {
    return MailJob.NAME.equals(log.getJobDefinitionType());
  }

  private static boolean isOfMailInstance(HistoryEvent event) {
    return MailNotificationProcess.KEY.equals(event.getProcessDefinitionKey());
  }

  private static final class Handler extends DbHistoryEventHandler {
    @Override
    public void handleEvent(HistoryEvent event) {
      if (isLeftOut(event)) {
        return;
      }
      if (event instanceof HistoricJobLogEvent log && isOfMailJob(log)) {
        event.setRemovalTime(Date.from(EngineTime.now().toInstant().plus(KEPT)));
      }
      super.handleEvent(event);
    }

    @Override
    protected boolean shouldWriteHistoricDetail(HistoricVariableUpdateEventEntity event) {
      return !isOfMailInstance(event) && super.shouldWriteHistoricDetail(event);
    }
  }
}
