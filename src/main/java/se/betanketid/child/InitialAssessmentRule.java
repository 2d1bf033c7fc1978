package se.betanketid.child;

import static se.betanketid.validation.DateChecks.pastAndNotBefore;

import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.stereotype.Component;
import se.betanketid.validation.FormRule;

/**
 * Form {@code make-initial-assessment}: the decision is dated, not in the future and not before the report of
 * concern (the child investigation's months count from this date).
 */
@Component
class InitialAssessmentRule extends FormRule {

  static final String LABEL = "Datum för beslutet";

  InitialAssessmentRule() {
    super("make-initial-assessment");
  }

  @Override
  public void check(VariableMap values) {
    pastAndNotBefore(values, ChildProcess.INITIAL_ASSESSMENT_DATE, LABEL,
        ProtectionAssessmentRule.CONCERN_REPORT_DATE, ProtectionAssessmentRule.CONCERN_REPORT_LABEL);
  }
}
