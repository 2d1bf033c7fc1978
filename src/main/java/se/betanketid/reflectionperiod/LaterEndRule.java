package se.betanketid.reflectionperiod;

import java.time.LocalDate;
import org.camunda.bpm.engine.variable.VariableMap;
import se.betanketid.validation.DateChecks;
import se.betanketid.validation.FieldRules;
import se.betanketid.validation.FormRule;

/**
 * A period or permit made longer names its new end, after the current one: the renewed permit and the longer
 * reflection period ({@link LaterEndRules}).
 */
final class LaterEndRule extends FormRule {

  private final String formId;
  private final String resultKey;
  private final String longerValue;
  private final String newEndKey;
  private final String newEndLabel;
  private final String currentEndKey;

  LaterEndRule(String formId, String resultKey, String longerValue, String newEndKey, String newEndLabel,
      String currentEndKey) {
    super(formId);
    this.formId = formId;
    this.resultKey = resultKey;
    this.longerValue = longerValue;
    this.newEndKey = newEndKey;
    this.newEndLabel = newEndLabel;
    this.currentEndKey = currentEndKey;
  }

  @Override
  public void check(VariableMap values) {
    if (!longerValue.equals(values.get(resultKey))) {
      return;
    }
    LocalDate newEnd = FieldRules.requiredDate(values, newEndKey, newEndLabel);
    DateChecks.date(values, currentEndKey).ifPresent(current -> {
      if (!newEnd.isAfter(current)) {
        throw FieldRules.refused(newEndKey, newEndLabel, "måste vara efter det nuvarande slutdatumet " + current);
      }
    });
  }
}
