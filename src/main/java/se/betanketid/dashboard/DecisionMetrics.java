package se.betanketid.dashboard;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import se.betanketid.reflectionperiod.ReflectionPeriodProcess;

/**
 * The counter {@code betanketid_decisions_total{result}}: Migrationsverket's decisions as they are registered
 * in a ReflectionPeriodProcess ({@code decisionResult} set or changed, not copied in at the start), counted
 * once per case and result when the transaction commits. An engine plugin adds it as a history event handler beside the database's.
 */
@Component
class DecisionMetrics extends AbstractProcessEnginePlugin implements HistoryEventHandler {

  static final Set<String> RESULTS = Set.of(ReflectionPeriodProcess.GRANTED, ReflectionPeriodProcess.REJECTED);

  private final MeterRegistry registry;
  /** What this transaction has counted: a decision is set by its task or message and again when confirmed. */
  private final Map<CommandContext, Set<String>> counted = new WeakHashMap<>();

  DecisionMetrics(@Lazy MeterRegistry registry) {
    this.registry = registry;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomHistoryEventHandlers() == null) {
      configuration.setCustomHistoryEventHandlers(new ArrayList<>());
    }
    configuration.getCustomHistoryEventHandlers().add(this);
  }

  @Override
  public void handleEvent(HistoryEvent event) {
    if (event instanceof HistoricVariableUpdateEventEntity update
        && ReflectionPeriodProcess.DECISION_RESULT.equals(update.getVariableName())
        && ReflectionPeriodProcess.KEY.equals(update.getProcessDefinitionKey())
        && !Boolean.TRUE.equals(update.isInitial())
        && (HistoryEvent.VARIABLE_EVENT_TYPE_CREATE.equals(update.getEventType())
            || HistoryEvent.VARIABLE_EVENT_TYPE_UPDATE.equals(update.getEventType()))
        && update.getTextValue() != null) {
      String result = RESULTS.contains(update.getTextValue()) ? update.getTextValue() : "other";
      CommandContext command = Context.getCommandContext();
      boolean first;
      synchronized (counted) {
        first = counted.computeIfAbsent(command, c -> new HashSet<>())
            .add(update.getProcessInstanceId() + "|" + result);
      }
      if (first) {
        command.getTransactionContext()
            .addTransactionListener(TransactionState.COMMITTED, committed -> counter(result).increment());
      }
    }
  }

  /** The two usual results exist from the start (at 0), so that dashboards and alerts find them. */
  @EventListener(ApplicationReadyEvent.class)
  public void registerResults() {
    RESULTS.forEach(this::counter);
  }

  @Override
  public void handleEvents(List<HistoryEvent> events) {
    events.forEach(this::handleEvent);
  }

  Counter counter(String result) {
    return Counter.builder("betanketid.decisions").tag("result", result)
        .description("Migrationsverket's decisions registered, by result").register(registry);
  }
}
