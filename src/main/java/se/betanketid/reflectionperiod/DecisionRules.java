package se.betanketid.reflectionperiod;

import static se.betanketid.reflectionperiod.ReflectionPeriodProcess.DECISION_DATE;
import static se.betanketid.reflectionperiod.ReflectionPeriodProcess.DECISION_RESULT;
import static se.betanketid.reflectionperiod.ReflectionPeriodProcess.GRANTED;
import static se.betanketid.reflectionperiod.ReflectionPeriodProcess.REJECTION_REASON;
import static se.betanketid.reflectionperiod.ReflectionPeriodProcess.REJECTION_REASON_CODE;
import static se.betanketid.reflectionperiod.ReflectionPeriodProcess.VALID_UNTIL;

import java.time.LocalDate;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.stereotype.Component;
import se.betanketid.calendar.Deadlines;
import se.betanketid.casefile.CaseVariables;
import se.betanketid.casefile.RejectionReason;
import se.betanketid.validation.DateChecks;
import se.betanketid.validation.FieldRules;
import se.betanketid.validation.FormRule;

/**
 * Migrationsverket's decision on the reflection period, wherever it comes from (the form
 * {@code register-decision} or the message {@code DecisionReceived}): the domain checks, and the period's
 * last day when the decision names none (decision date + {@code deadlines.reflectionPeriodDays}).
 */
@Component
public class DecisionRules extends FormRule {

  private final Deadlines deadlines;

  DecisionRules(Deadlines deadlines) {
    super(ReflectionPeriodProcess.FORM_REGISTER_DECISION);
    this.deadlines = deadlines;
  }

  @Override
  public void check(VariableMap values) {
    DateChecks.pastAndNotBefore(values, DECISION_DATE, "Beslutsdatum",
        CaseVariables.APPLICATION_DATE, "Ansökningsdatum");
    if (GRANTED.equals(values.get(DECISION_RESULT))) {
      LocalDate decided = DateChecks.date(values, DECISION_DATE).orElseThrow();
      DateChecks.date(values, VALID_UNTIL).ifPresent(last -> {
        if (!last.isAfter(decided)) {
          throw FieldRules.refused(VALID_UNTIL, "Betänketiden gäller till och med", "måste vara efter beslutsdatum");
        }
      });
    } else {
      if (RejectionReason.of(values.get(REJECTION_REASON_CODE)).isEmpty()) {
        throw FieldRules.refused(REJECTION_REASON_CODE, "Avslagsgrund", FieldRules.isBlank(values.get(REJECTION_REASON_CODE))
            ? "måste fyllas i när ansökan har avslagits" : "har ett värde som inte finns bland valen");
      }
      if (FieldRules.isBlank(values.get(REJECTION_REASON))) {
        throw FieldRules.refused(REJECTION_REASON, "Skäl för avslaget", "måste fyllas i när ansökan har avslagits");
      }
    }
  }

  /** The last day of the reflection period: as the decision says, or decision date + the configured days. */
  public LocalDate validUntil(VariableMap values) {
    return DateChecks.date(values, VALID_UNTIL).orElseGet(() ->
        DateChecks.date(values, DECISION_DATE).orElseThrow().plusDays(deadlines.getReflectionPeriodDays()));
  }
}
