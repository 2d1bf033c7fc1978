package se.betanketid.reflectionperiod;

import static se.betanketid.reflectionperiod.ReflectionPeriodProcess.PERMIT_APPLICATION_DATE;
import static se.betanketid.reflectionperiod.ReflectionPeriodProcess.PERMIT_DECISION_DATE;
import static se.betanketid.reflectionperiod.ReflectionPeriodProcess.PERMIT_DECISION_RESULT;
import static se.betanketid.reflectionperiod.ReflectionPeriodProcess.PERMIT_NOT_APPLIED;
import static se.betanketid.reflectionperiod.ReflectionPeriodProcess.PERMIT_VALID_UNTIL;

import java.time.LocalDate;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.stereotype.Component;
import se.betanketid.validation.DateChecks;
import se.betanketid.validation.FieldRules;
import se.betanketid.validation.FormRule;

/**
 * The permit of at least six months (5 kap. 15 § första stycket utlänningslagen), form {@code record-permit}:
 * an application and a decision need their dates, and a granted permit lasts at least six months.
 */
@Component
class PermitRules extends FormRule {

  static final int MINIMUM_MONTHS = 6;

  PermitRules() {
    super(ReflectionPeriodProcess.FORM_RECORD_PERMIT);
  }

  @Override
  public void check(VariableMap values) {
    Object result = values.get(PERMIT_DECISION_RESULT);
    if (PERMIT_NOT_APPLIED.equals(result)) {
      return;
    }
    FieldRules.requiredDate(values, PERMIT_APPLICATION_DATE, "Ansökningsdatum");
    LocalDate decided = FieldRules.requiredDate(values, PERMIT_DECISION_DATE, "Beslutsdatum");
    DateChecks.notInFuture(values, PERMIT_APPLICATION_DATE, "Ansökningsdatum");
    DateChecks.pastAndNotBefore(values, PERMIT_DECISION_DATE, "Beslutsdatum",
        PERMIT_APPLICATION_DATE, "Ansökningsdatum");
    if (ReflectionPeriodProcess.GRANTED.equals(result)) {
      LocalDate last = FieldRules.requiredDate(values, PERMIT_VALID_UNTIL, "Tillståndet gäller till och med");
      if (last.isBefore(decided.plusMonths(MINIMUM_MONTHS))) {
        throw FieldRules.refused(PERMIT_VALID_UNTIL, "Tillståndet gäller till och med",
            "måste vara minst sex månader efter beslutsdatum (5 kap. 15 § första stycket utlänningslagen)");
      }
    }
  }
}
