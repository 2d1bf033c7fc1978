package se.betanketid.application;

import org.camunda.bpm.engine.variable.VariableMap;
import se.betanketid.validation.CaseValidationException;

/** Checks the domain rules of this package share, with the validation package's Swedish messages. */
final class RuleChecks {

  private RuleChecks() {}

  static boolean isBlank(Object value) {
    return value == null || (value instanceof String text && text.isBlank());
  }

  /** A field the form shows only in some cases (so its schema cannot require it) is required here. */
  static void required(VariableMap values, String key, String label) {
    if (isBlank(values.get(key))) {
      throw new CaseValidationException(key, "Fältet \"" + label + "\" måste fyllas i.");
    }
  }

  /** A yes/no question must be answered: Tasklist always sends a checkbox, the REST API might not. */
  static void answered(VariableMap values, String key, String label) {
    if (!(values.get(key) instanceof Boolean)) {
      throw new CaseValidationException(key, "Fältet \"" + label + "\" måste besvaras med ja eller nej.");
    }
  }
}
