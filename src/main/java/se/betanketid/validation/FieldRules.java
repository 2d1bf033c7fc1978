package se.betanketid.validation;

import java.time.LocalDate;
import org.camunda.bpm.engine.variable.VariableMap;

/**
 * The one home of a refused field: every feature's rule refuses through here, so that each message says
 * {@code Fältet "<label>" …} the same way and the REST API answers 400 with it ({@link CaseValidationException}).
 */
public final class FieldRules {

  private FieldRules() {}

  /** {@code Fältet "<label>" <problem>.} */
  public static String message(String label, String problem) {
    return "Fältet \"" + label + "\" " + problem + ".";
  }

  /** The refusal of one field: throw what this returns. */
  public static CaseValidationException refused(String key, String label, String problem) {
    return new CaseValidationException(key, message(label, problem));
  }

  public static boolean isBlank(Object value) {
    return value == null || (value instanceof String text && text.isBlank());
  }

  /** A field the form shows only in some cases (so its schema cannot require it) is required here. */
  public static void required(VariableMap values, String key, String label) {
    if (isBlank(values.get(key))) {
      throw refused(key, label, "måste fyllas i");
    }
  }

  /** A date field that must be filled in, as a day. */
  public static LocalDate requiredDate(VariableMap values, String key, String label) {
    return DateChecks.date(values, key).orElseThrow(() -> refused(key, label, "måste fyllas i"));
  }

  /** A yes/no question must be answered: Tasklist always sends a checkbox, the REST API might not. */
  public static void answered(VariableMap values, String key, String label) {
    if (!(values.get(key) instanceof Boolean)) {
      throw refused(key, label, "måste besvaras med ja eller nej");
    }
  }
}
