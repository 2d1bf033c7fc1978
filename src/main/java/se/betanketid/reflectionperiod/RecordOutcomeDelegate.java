package se.betanketid.reflectionperiod;

import static se.betanketid.reflectionperiod.ReflectionPeriodProcess.ALTERNATIVE;
import static se.betanketid.reflectionperiod.ReflectionPeriodProcess.DECISION_RESULT;
import static se.betanketid.reflectionperiod.ReflectionPeriodProcess.NEXT_STEP;
import static se.betanketid.reflectionperiod.ReflectionPeriodProcess.REJECTED;

import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import se.betanketid.casefile.CaseVariables;
import se.betanketid.casefile.Outcome;

/**
 * {@code ServiceTask_RecordOutcome} and {@code ServiceTask_RecordPermitOutcome} in ReflectionPeriodProcess: sets
 * the case's {@code outcome}: {@code REJECTED} after a rejection (with its {@code alternative}), otherwise the
 * next step that was carried out.
 */
@Component("recordOutcome")
class RecordOutcomeDelegate implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(RecordOutcomeDelegate.class);
  static final Set<String> ALTERNATIVES = Set.of("nsp", "asylum", "other");

  @Override
  public void execute(DelegateExecution execution) {
    Outcome outcome = outcomeOf(execution);
    execution.setVariable(CaseVariables.OUTCOME, outcome.name());
    LOG.info("Case {}: outcome {}", execution.getVariable(CaseVariables.CASE_NUMBER), outcome);
  }

  static Outcome outcomeOf(DelegateExecution execution) {
    if (REJECTED.equals(execution.getVariable(DECISION_RESULT))) {
      if (!ALTERNATIVES.contains(execution.getVariable(ALTERNATIVE))) {
        throw new IllegalStateException("A rejected case needs its alternative");
      }
      return Outcome.REJECTED;
    }
    Outcome outcome = Outcome.valueOf((String) execution.getVariable(NEXT_STEP));
    if (!NextStepRules.NEXT_STEPS.contains(outcome)) {
      throw new IllegalStateException("Not a next step: " + outcome);
    }
    return outcome;
  }
}
