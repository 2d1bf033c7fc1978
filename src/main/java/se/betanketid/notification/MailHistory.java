package se.betanketid.notification;

import java.util.ArrayList;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricActivityInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.springframework.stereotype.Component;

/**
 * The history of a {@link MailNotificationProcess} instance is its process instance (queued, sent) and its job
 * log (every attempt and failure) and incidents, not its activity instances and variables: those three steps and
 * nine variables per recipient were most of the rows a case wrote to history (ten e-mails a case), and what a
 * mail was about stays in the case's own history (the task, the escalation). Replaces the engine's database
 * history handler with one that leaves those two kinds of event of the mail process out; everything else is
 * written as before.
 */
@Component
class MailHistory extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setEnableDefaultDbHistoryEventHandler(false);
    if (configuration.getCustomHistoryEventHandlers() == null) {
      configuration.setCustomHistoryEventHandlers(new ArrayList<>());
    }
    configuration.getCustomHistoryEventHandlers().add(0, new Handler());
  }

  static boolean isLeftOut(HistoryEvent event) {
    return (event instanceof HistoricActivityInstanceEventEntity || event instanceof HistoricVariableUpdateEventEntity)
        && MailNotificationProcess.KEY.equals(event.getProcessDefinitionKey());
  }

  private static final class Handler extends DbHistoryEventHandler {
    @Override
    public void handleEvent(HistoryEvent event) {
      if (!isLeftOut(event)) {
        super.handleEvent(event);
      }
    }
  }
}
