package se.betanketid.dashboard;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
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
import se.betanketid.casefile.CaseProcesses;
import se.betanketid.casefile.CaseVariables;
import se.betanketid.engine.EngineHook;
import se.betanketid.engine.EngineHooks;
import se.betanketid.engine.Hook;

/**
 * The counter {@code betanketid_decisions_total{result}}: Migrationsverket's decisions as they are registered
 * in a ReflectionPeriodProcess ({@code decisionResult} set or changed, not copied in at the start), counted
 * once per case and result when the transaction commits. A history event handler beside the database's ({@link Hook#DECISION_METRICS}).
 */
@Component
class DecisionMetrics implements EngineHook, HistoryEventHandler {

  static final Set<String> RESULTS = Set.of(CaseVariables.GRANTED, CaseVariables.REJECTED);

  private final MeterRegistry registry;
  /** What this transaction has counted: a decision is set by its task or message and again when confirmed. */
  private final Map<CommandContext, Set<String>> counted = new WeakHashMap<>();

  DecisionMetrics(@Lazy MeterRegistry registry) {
    this.registry = registry;
  }

  @Override
  public void addTo(EngineHooks engine) {
    engine.historyHandler(Hook.DECISION_METRICS, this);
  }

  @Override
  public void handleEvent(HistoryEvent event) {
    if (event instanceof HistoricVariableUpdateEventEntity update
        && CaseVariables.DECISION_RESULT.equals(update.getVariableName())
        && CaseProcesses.REFLECTION_PERIOD.equals(update.getProcessDefinitionKey())
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
