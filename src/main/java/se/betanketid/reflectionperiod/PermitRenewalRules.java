package se.betanketid.reflectionperiod;

import java.time.LocalDate;
import java.util.Set;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.stereotype.Component;
import se.betanketid.validation.CaseValidationException;
import se.betanketid.validation.DateChecks;
import se.betanketid.validation.FormRule;

/** A renewed permit (form {@code consider-permit-renewal}) names its new end date, after the current one. */
@Component
class PermitRenewalRules implements FormRule {

  static final String LABEL = "Tillståndet gäller nu till och med";

  @Override
  public Set<String> formIds() {
    return Set.of(ReflectionPeriodProcess.FORM_CONSIDER_PERMIT_RENEWAL);
  }

  @Override
  public void check(VariableMap values) {
    if (!ReflectionPeriodProcess.RENEWED.equals(values.get(ReflectionPeriodProcess.PERMIT_RENEWAL))) {
      return;
    }
    LocalDate renewedUntil = PermitRules.required(values, ReflectionPeriodProcess.PERMIT_RENEWED_UNTIL, LABEL);
    DateChecks.date(values, ReflectionPeriodProcess.PERMIT_VALID_UNTIL).ifPresent(current -> {
      if (!renewedUntil.isAfter(current)) {
        throw new CaseValidationException(ReflectionPeriodProcess.PERMIT_RENEWED_UNTIL,
            "Fältet \"" + LABEL + "\" måste vara efter det nuvarande slutdatumet " + current + ".");
      }
    });
  }
}
