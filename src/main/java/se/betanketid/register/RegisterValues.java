package se.betanketid.register;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import se.betanketid.calendar.EngineTime;

/** Variable values as the register keeps them: dates as days, lists as codes, a birth date as an age band. */
final class RegisterValues {

  private static final ObjectMapper JSON = new ObjectMapper();

  private RegisterValues() {}

  /** The value a history event carries, typed as the engine would give it (Json as its text). */
  static Object of(HistoricVariableUpdateEventEntity event) {
    String serializer = event.getSerializerName();
    if (serializer == null || "null".equals(serializer)) {
      return null;
    }
    return switch (serializer) {
      case "boolean" -> event.getLongValue() == null ? null : event.getLongValue() == 1;
      case "date" -> event.getLongValue() == null ? null : new Date(event.getLongValue());
      case "integer", "long", "short" -> event.getLongValue();
      case "double" -> event.getDoubleValue();
      case "string" -> event.getTextValue();
      default -> event.getByteValue() != null ? new String(event.getByteValue(), StandardCharsets.UTF_8)
          : event.getTextValue();
    };
  }

  /**
   * The text cut to the column's width: the register runs before the forms' checks refuse a value, and a
   * hostile value must end in the check's 400, not in a database error.
   */
  static String fit(String text, int width) {
    return text == null || text.length() <= width ? text : text.substring(0, width);
  }

  static LocalDate day(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof java.sql.Date sqlDate) {
      return sqlDate.toLocalDate();
    }
    if (value instanceof String text) {
      if (text.isBlank()) {
        return null;
      }
      try {
        return LocalDate.parse(text.strip().substring(0, Math.min(10, text.strip().length())));
      } catch (RuntimeException notADay) {
        return null;
      }
    }
    try {
      return EngineTime.toLocalDate(value);
    } catch (RuntimeException notADay) {
      return null;
    }
  }

  static Boolean bool(Object value) {
    if (value == null) {
      return null;
    }
    return value instanceof Boolean b ? b : Boolean.valueOf(value.toString());
  }

  static String text(Object value) {
    return value == null ? null : value.toString();
  }

  static Integer number(Object value) {
    if (value instanceof Number n) {
      return n.intValue();
    }
    try {
      return value == null ? null : Integer.valueOf(value.toString().strip());
    } catch (NumberFormatException notANumber) {
      return null;
    }
  }

  /** The codes of a list variable (a Json array, a Java collection or one value), comma-separated. */
  static String codes(Object value) {
    List<String> codes = new ArrayList<>();
    if (value instanceof Collection<?> list) {
      list.forEach(element -> codes.add(String.valueOf(element)));
    } else if (value != null) {
      String text = value.toString().strip();
      if (text.startsWith("[")) {
        try {
          JsonNode node = JSON.readTree(text);
          node.forEach(element -> codes.add(element.asText()));
        } catch (java.io.IOException notJson) {
          return null;
        }
      } else if (!text.isEmpty()) {
        codes.add(text);
      }
    }
    return codes.isEmpty() ? null : String.join(",", codes.stream().map(String::strip).sorted().toList());
  }

  /** The age band of a person born on this day, on that day. */
  static String ageBand(LocalDate born, LocalDate on) {
    if (born == null || on == null) {
      return null;
    }
    int age = Period.between(born, on).getYears();
    if (age < 18) {
      return "0-17";
    }
    if (age < 25) {
      return "18-24";
    }
    if (age < 35) {
      return "25-34";
    }
    if (age < 50) {
      return "35-49";
    }
    return "50+";
  }
}
