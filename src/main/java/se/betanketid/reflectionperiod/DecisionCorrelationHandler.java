package se.betanketid.reflectionperiod;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.runtime.CorrelationHandlerResult;
import org.camunda.bpm.engine.impl.runtime.CorrelationSet;
import org.camunda.bpm.engine.impl.runtime.DefaultCorrelationHandler;
import se.betanketid.casefile.CaseAccess;
import se.betanketid.validation.CaseValidationException;

/**
 * Correlates messages as Camunda does, but when {@code DecisionReceived} finds no case waiting for it, says why in
 * Swedish (unknown case number, closed case, or a case not waiting for a decision) instead of Camunda's "No
 * process definition or execution matches the parameters". The REST API answers 400 with that message.
 */
class DecisionCorrelationHandler extends DefaultCorrelationHandler {

  static final String BUSINESS_KEY = "businessKey";

  @Override
  public CorrelationHandlerResult correlateMessage(CommandContext context, String messageName,
      CorrelationSet correlationSet) {
    requireCase(messageName, correlationSet);
    CorrelationHandlerResult result = super.correlateMessage(context, messageName, correlationSet);
    hideFromNonReaders(context, messageName, correlationSet);
    if (result == null && isDecision(messageName)) {
      throw notWaiting(context, correlationSet.getBusinessKey());
    }
    return result;
  }

  @Override
  public List<CorrelationHandlerResult> correlateMessages(CommandContext context, String messageName,
      CorrelationSet correlationSet) {
    requireCase(messageName, correlationSet);
    List<CorrelationHandlerResult> results = super.correlateMessages(context, messageName, correlationSet);
    hideFromNonReaders(context, messageName, correlationSet);
    if (results.isEmpty() && isDecision(messageName)) {
      throw notWaiting(context, correlationSet.getBusinessKey());
    }
    return results;
  }

  /** A decision belongs to one case: never let it reach whichever case happens to be waiting. */
  private static void requireCase(String messageName, CorrelationSet correlationSet) {
    if (isDecision(messageName) && isBlank(correlationSet.getBusinessKey())
        && correlationSet.getProcessInstanceId() == null) {
      throw new CaseValidationException(BUSINESS_KEY,
          "Fältet \"businessKey\" måste fyllas i med ärendenumret (t.ex. BT-2026-00042).");
    }
  }

  /**
   * Someone who may not read the case learns nothing about it, not even whether it exists, is closed or waits for a
   * decision: the same refusal for every case number, known or not.
   */
  private static void hideFromNonReaders(CommandContext context, String messageName, CorrelationSet correlationSet) {
    String caseNumber = correlationSet.getBusinessKey();
    if (isDecision(messageName) && !isBlank(caseNumber) && !CaseAccess.mayRead(context, caseNumber)) {
      throw new AuthorizationException(
          "Du har inte behörighet att registrera Migrationsverkets beslut i det ärendet.");
    }
  }

  private static CaseValidationException unknown(String caseNumber) {
    return new CaseValidationException(BUSINESS_KEY, "Det finns inget ärende med ärendenumret " + caseNumber + ".");
  }

  private static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }

  private static boolean isDecision(String messageName) {
    return ReflectionPeriodProcess.MESSAGE_DECISION_RECEIVED.equals(messageName);
  }

  /** Runs inside the correlation command, which has switched authorization checks off. */
  private static CaseValidationException notWaiting(CommandContext context, String caseNumber) {
    if (isBlank(caseNumber)) {
      return new CaseValidationException(BUSINESS_KEY, "Processinstansen väntar inte på Migrationsverkets beslut.");
    }
    HistoryService history = context.getProcessEngineConfiguration().getHistoryService();
    if (history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseNumber).count() == 0) {
      return unknown(caseNumber);
    }
    if (history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseNumber).unfinished()
        .count() == 0) {
      return new CaseValidationException(BUSINESS_KEY,
          "Ärendet " + caseNumber + " är avslutat och kan inte ta emot Migrationsverkets beslut.");
    }
    return new CaseValidationException(BUSINESS_KEY, "Ärendet " + caseNumber + " väntar inte på Migrationsverkets "
        + "beslut: beslutet är redan registrerat, eller ansökan är inte skickad ännu.");
  }
}
