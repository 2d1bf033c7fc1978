package se.betanketid.child;

import static se.betanketid.validation.DateChecks.notBefore;
import static se.betanketid.validation.DateChecks.pastAndNotBefore;

import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.stereotype.Component;
import se.betanketid.validation.FormRule;

/**
 * Form {@code complete-child-investigation}: finished not in the future, not before the report of concern and not
 * before the decision to open the investigation.
 */
@Component
class ChildInvestigationRule extends FormRule {

  ChildInvestigationRule() {
    super("complete-child-investigation");
  }

  @Override
  public void check(VariableMap values) {
    pastAndNotBefore(values, "childInvestigationCompletedDate", "Datum då utredningen slutfördes",
        ProtectionAssessmentRule.CONCERN_REPORT_DATE, ProtectionAssessmentRule.CONCERN_REPORT_LABEL);
    notBefore(values, "childInvestigationCompletedDate", "Datum då utredningen slutfördes",
        ChildProcess.INITIAL_ASSESSMENT_DATE, InitialAssessmentRule.LABEL);
  }
}
