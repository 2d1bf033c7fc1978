package se.betanketid.child;

import static se.betanketid.validation.DateChecks.notInFuture;
import static se.betanketid.validation.DateChecks.pastAndNotBefore;

import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.stereotype.Component;
import se.betanketid.validation.FormRule;

/** Form {@code assess-child-protection}: the report of concern and the assessment not in the future, in order. */
@Component
class ProtectionAssessmentRule extends FormRule {

  static final String CONCERN_REPORT_DATE = ChildProcess.CONCERN_REPORT_DATE;
  static final String CONCERN_REPORT_LABEL = "Datum för orosanmälan";

  ProtectionAssessmentRule() {
    super("assess-child-protection");
  }

  @Override
  public void check(VariableMap values) {
    notInFuture(values, CONCERN_REPORT_DATE, CONCERN_REPORT_LABEL);
    pastAndNotBefore(values, "protectionAssessmentDate", "Datum för skyddsbedömningen",
        CONCERN_REPORT_DATE, CONCERN_REPORT_LABEL);
  }
}
