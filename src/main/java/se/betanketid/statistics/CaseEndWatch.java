package se.betanketid.statistics;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.stereotype.Component;

/**
 * The earliest end time of the root process instances that ended in this engine (committed) since
 * {@link ClosedYears} last asked: a case that ends on an engine clock moved back (tests, demo data) has an end time before the cache's
 * watermark, which the cache's query by end time would never find. An engine plugin that adds a history event
 * handler beside the database's (not a bean itself: the Camunda starter wants exactly one HistoryEventHandler bean).
 */
@Component
class CaseEndWatch extends AbstractProcessEnginePlugin {

  private final AtomicReference<Instant> earliest = new AtomicReference<>();

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomHistoryEventHandlers() == null) {
      configuration.setCustomHistoryEventHandlers(new ArrayList<>());
    }
    configuration.getCustomHistoryEventHandlers().add(new HistoryEventHandler() {
      @Override
      public void handleEvent(HistoryEvent event) {
        seen(event);
      }

      @Override
      public void handleEvents(List<HistoryEvent> events) {
        events.forEach(CaseEndWatch.this::seen);
      }
    });
  }

  private void seen(HistoryEvent event) {
    if (event instanceof HistoricProcessInstanceEventEntity instance
        && HistoryEventTypes.PROCESS_INSTANCE_END.getEventName().equals(instance.getEventType())
        && instance.getEndTime() != null
        && instance.getProcessInstanceId().equals(instance.getRootProcessInstanceId())) {
      Instant ended = instance.getEndTime().toInstant();
      CommandContext command = Context.getCommandContext();
      if (command == null) {
        remember(ended);
      } else { // once committed: a request before that reads the case as running, and would forget nothing
        command.getTransactionContext()
            .addTransactionListener(TransactionState.COMMITTED, committed -> remember(ended));
      }
    }
  }

  private void remember(Instant ended) {
    earliest.accumulateAndGet(ended, (seen, now) -> seen == null || now.isBefore(seen) ? now : seen);
  }

  /** The earliest end seen since the last call, or null; forgets it. */
  Instant takeEarliest() {
    return earliest.getAndSet(null);
  }
}
