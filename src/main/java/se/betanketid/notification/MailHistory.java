package se.betanketid.notification;

import java.util.Set;
import org.camunda.bpm.engine.impl.history.event.HistoricActivityInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.springframework.stereotype.Component;
import se.betanketid.engine.EngineHook;
import se.betanketid.engine.EngineHooks;
import se.betanketid.engine.Hook;

/**
 * What a {@link MailNotificationProcess} instance leaves in history: its process instance (queued, sent), its
 * job log (every attempt and failure), incidents, and which mail went to whom for which case (the variables
 * {@code caseNumber}, {@code notificationKind}, {@code recipientId}, without their change log); not its three
 * steps and the other six variables. Ten mails a case, those were most of the rows a case wrote to history.
 * Replaces the engine's database history handler with one that leaves them out; all else is written as before.
 */
@Component
class MailHistory implements EngineHook {

  static final Set<String> KEPT_VARIABLES = Set.of(MailNotificationProcess.CASE_NUMBER, MailNotificationProcess.KIND,
      MailNotificationProcess.RECIPIENT);

  @Override
  public void addTo(EngineHooks engine) {
    engine.historyWriter(Hook.MAIL_HISTORY, new Handler());
  }

  static boolean isLeftOut(HistoryEvent event) {
    if (!isOfMail(event)) {
      return false;
    }
    return event instanceof HistoricActivityInstanceEventEntity
        || event instanceof HistoricVariableUpdateEventEntity variable
            && !KEPT_VARIABLES.contains(variable.getVariableName());
  }

  private static boolean isOfMail(HistoryEvent event) {
    return MailNotificationProcess.KEY.equals(event.getProcessDefinitionKey());
  }

  private static final class Handler extends DbHistoryEventHandler {
    @Override
    public void handleEvent(HistoryEvent event) {
      if (!isLeftOut(event)) {
        super.handleEvent(event);
      }
    }

    @Override
    protected boolean shouldWriteHistoricDetail(HistoricVariableUpdateEventEntity event) {
      return !isOfMail(event) && super.shouldWriteHistoricDetail(event);
    }
  }
}
