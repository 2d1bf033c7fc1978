package se.betanketid.reflectionperiod;

import java.time.LocalDate;
import java.util.Set;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.stereotype.Component;
import se.betanketid.validation.CaseValidationException;
import se.betanketid.validation.DateChecks;
import se.betanketid.validation.FormRule;

/** A granted longer reflection period (form {@code record-longer-period}) names its new end, after the current. */
@Component
class LongerPeriodRules implements FormRule {

  static final String LABEL = "Betänketiden gäller nu till och med";

  @Override
  public Set<String> formIds() {
    return Set.of(ReflectionPeriodProcess.FORM_RECORD_LONGER_PERIOD);
  }

  @Override
  public void check(VariableMap values) {
    if (!ReflectionPeriodProcess.GRANTED.equals(values.get(ReflectionPeriodProcess.LONGER_PERIOD_RESULT))) {
      return;
    }
    LocalDate longerUntil = PermitRules.required(values, ReflectionPeriodProcess.LONGER_PERIOD_VALID_UNTIL, LABEL);
    DateChecks.date(values, ReflectionPeriodProcess.VALID_UNTIL).ifPresent(current -> {
      if (!longerUntil.isAfter(current)) {
        throw new CaseValidationException(ReflectionPeriodProcess.LONGER_PERIOD_VALID_UNTIL,
            "Fältet \"" + LABEL + "\" måste vara efter betänketidens nuvarande slut " + current + ".");
      }
    });
  }
}
