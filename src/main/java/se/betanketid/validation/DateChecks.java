package se.betanketid.validation;

import java.time.LocalDate;
import java.util.Optional;
import org.camunda.bpm.engine.variable.VariableMap;
import se.betanketid.calendar.EngineTime;

/** Date rules shared by the domain rules, with Swedish messages naming the field. */
public final class DateChecks {

  private DateChecks() {}

  /** The value of a date field, if filled in (the schema has already checked its format). */
  public static Optional<LocalDate> date(VariableMap values, String key) {
    Object value = values.get(key);
    if (value == null || (value instanceof String text && text.isBlank())) {
      return Optional.empty();
    }
    return Optional.of(EngineTime.toLocalDate(value));
  }

  public static void notInFuture(VariableMap values, String key, String label) {
    date(values, key).ifPresent(day -> {
      if (day.isAfter(EngineTime.today())) {
        throw FieldRules.refused(key, label, "kan inte vara ett datum i framtiden");
      }
    });
  }

  public static void notBefore(VariableMap values, String key, String label, String earlierKey,
      String earlierLabel) {
    date(values, key).ifPresent(day -> date(values, earlierKey).ifPresent(earlier -> {
      if (day.isBefore(earlier)) {
        throw FieldRules.refused(key, label, "kan inte vara före \"" + earlierLabel + "\"");
      }
    }));
  }

  /** A day that has happened, not before the other field's: {@link #notInFuture}, then {@link #notBefore}. */
  public static void pastAndNotBefore(VariableMap values, String key, String label, String earlierKey,
      String earlierLabel) {
    notInFuture(values, key, label);
    notBefore(values, key, label, earlierKey, earlierLabel);
  }
}
