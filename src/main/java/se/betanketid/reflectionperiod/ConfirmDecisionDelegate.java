package se.betanketid.reflectionperiod;

import static se.betanketid.reflectionperiod.ReflectionPeriodProcess.DECISION_RESULT;
import static se.betanketid.reflectionperiod.ReflectionPeriodProcess.GRANTED;
import static se.betanketid.reflectionperiod.ReflectionPeriodProcess.VALID_UNTIL;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.VariableMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import se.betanketid.casefile.CaseVariables;
import se.betanketid.validation.FormValidation;

/**
 * {@code ServiceTask_ConfirmDecision} in ReflectionPeriodProcess: checks the decision as its form would (it may
 * have come by the message {@code DecisionReceived}, past any form) and fixes the period's last day
 * ({@code validUntil}). Bad values roll the correlation back: the REST caller gets 400.
 */
@Component("confirmDecision")
record ConfirmDecisionDelegate(FormValidation validation, DecisionRules rules) implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(ConfirmDecisionDelegate.class);

  @Override
  public void execute(DelegateExecution execution) {
    VariableMap values = execution.getVariablesTyped();
    validation.validate(ReflectionPeriodProcess.FORM_REGISTER_DECISION, values);
    if (GRANTED.equals(values.get(DECISION_RESULT))) {
      execution.setVariable(VALID_UNTIL, rules.validUntil(values).toString());
    } else {
      execution.removeVariable(VALID_UNTIL);
    }
    LOG.info("Case {}: decision {} registered", values.get(CaseVariables.CASE_NUMBER), values.get(DECISION_RESULT));
  }
}
