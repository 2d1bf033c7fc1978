package se.betanketid.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.camunda.spin.json.SpinJsonNode;

/** The checks for the components of one form (or of one dynamic-list row, with a message prefix). */
record ComponentChecks(ObjectMapper json, String prefix) {

  static final int DEFAULT_MAX_TEXT = 10_000;
  /** Dates outside these years are typing errors (0000, 20266) in every form of this domain. */
  static final int FIRST_YEAR = 1900;
  static final int LAST_YEAR = 2199;
  /** ÅÅÅÅ-MM-DD, the only way a date is written in our forms. */
  static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  static String keyOf(JsonNode component) {
    String type = component.path("type").asText();
    if (type.equals("dynamiclist")) {
      return component.path("path").asText(null);
    }
    return component.hasNonNull("key") ? component.get("key").asText() : null;
  }

  void check(JsonNode components, Function<String, Object> values) {
    for (JsonNode component : components) {
      String key = keyOf(component);
      if (key == null) {
        if (component.has("components")) { // a group without a path
          check(component.path("components"), values);
        }
        continue;
      }
      checkValue(component, key, toJson(values.apply(key)));
    }
  }

  private void checkValue(JsonNode component, String key, JsonNode value) {
    String label = component.path("label").asText(component.path("dateLabel").asText(key));
    JsonNode rules = component.path("validate");
    boolean conditional = component.has("conditional");
    if (isEmpty(value)) {
      if (rules.path("required").asBoolean(false) && !conditional && !component.path("readonly").asBoolean()) {
        throw invalid(key, label, "måste fyllas i");
      }
      return;
    }
    switch (component.path("type").asText()) {
      case "textfield" -> {
        if (isDateField(component)) {
          checkDay(key, label, value);
        } else {
          checkText(key, label, value, rules);
        }
      }
      case "textarea" -> checkText(key, label, value, rules);
      case "number" -> checkNumber(key, label, value, rules);
      case "checkbox" -> require(value.isBoolean(), key, label, "måste vara ja eller nej");
      case "select", "radio" -> checkOption(component, key, label, value);
      case "checklist", "taglist" -> checkOptions(component, key, label, value, rules);
      case "datetime" -> checkDate(component, key, label, value);
      case "dynamiclist" -> checkRows(component, key, label, value);
      default -> { }
    }
  }

  private void checkText(String key, String label, JsonNode value, JsonNode rules) {
    require(value.isTextual(), key, label, "måste vara text");
    String text = value.asText();
    int max = rules.path("maxLength").asInt(DEFAULT_MAX_TEXT);
    require(text.length() <= max, key, label, "får vara högst " + max + " tecken");
    int min = rules.path("minLength").asInt(0);
    require(text.length() >= min, key, label, "måste vara minst " + min + " tecken");
    if (rules.hasNonNull("pattern")) {
      require(Pattern.compile(rules.get("pattern").asText()).matcher(text).matches(), key, label,
          "har fel format");
    }
  }

  private void checkNumber(String key, String label, JsonNode value, JsonNode rules) {
    require(value.isNumber(), key, label, "måste vara ett tal");
    if (rules.hasNonNull("min")) {
      require(value.asDouble() >= rules.get("min").asDouble(), key, label,
          "måste vara minst " + rules.get("min").asText());
    }
    if (rules.hasNonNull("max")) {
      require(value.asDouble() <= rules.get("max").asDouble(), key, label,
          "får vara högst " + rules.get("max").asText());
    }
  }

  private void checkOption(JsonNode component, String key, String label, JsonNode value) {
    require(value.isValueNode() && isOption(component, value.asText()), key, label,
        "har ett värde som inte finns bland valen");
  }

  private void checkOptions(JsonNode component, String key, String label, JsonNode value, JsonNode rules) {
    require(value.isArray(), key, label, "måste vara en lista av val");
    for (JsonNode item : value) {
      require(item.isValueNode() && isOption(component, item.asText()), key, label,
          "har ett värde som inte finns bland valen");
    }
    require(!(rules.path("required").asBoolean(false) && value.isEmpty()), key, label,
        "måste ha minst ett val");
  }

  private static boolean isOption(JsonNode component, String value) {
    if (!component.has("values")) {
      return true; // options from a variable (valuesKey): nothing static to compare with
    }
    for (JsonNode option : component.get("values")) {
      if (option.path("value").asText().equals(value)) {
        return true;
      }
    }
    return false;
  }

  /** A date typed as text: a textfield with the custom property {@code format: date} (see docs/forms.md). */
  static boolean isDateField(JsonNode component) {
    return "textfield".equals(component.path("type").asText())
        && "date".equals(component.path("properties").path("format").asText());
  }

  /**
   * A day as ÅÅÅÅ-MM-DD and nothing else: no other order, separator or missing zero is read as some date, and
   * a day that does not exist (2026-02-30) is refused. The value is not repeated in the message.
   */
  private void checkDay(String key, String label, JsonNode value) {
    require(value.isTextual(), key, label, "måste vara ett datum (ÅÅÅÅ-MM-DD)");
    require(DAY.matcher(value.asText()).matches(), key, label,
        "är inte ett giltigt datum: skriv det som ÅÅÅÅ-MM-DD, till exempel 2026-06-05");
    int year;
    try {
      year = LocalDate.parse(value.asText()).getYear();
    } catch (DateTimeParseException e) {
      throw invalid(key, label, "är inte ett giltigt datum: den dagen finns inte (ÅÅÅÅ-MM-DD)");
    }
    require(year >= FIRST_YEAR && year <= LAST_YEAR, key, label,
        "är inte ett rimligt datum: året måste vara mellan " + FIRST_YEAR + " och " + LAST_YEAR);
  }

  private void checkDate(JsonNode component, String key, String label, JsonNode value) {
    require(value.isTextual(), key, label, "måste vara ett datum (ÅÅÅÅ-MM-DD)");
    String subtype = component.path("subtype").asText("date");
    int year;
    try {
      year = switch (subtype) {
        case "date" -> LocalDate.parse(value.asText()).getYear();
        case "datetime" -> parseDateTime(value.asText()).getYear();
        default -> FIRST_YEAR;
      };
    } catch (DateTimeParseException e) {
      throw invalid(key, label, "är inte ett giltigt datum");
    }
    require(year >= FIRST_YEAR && year <= LAST_YEAR, key, label,
        "är inte ett rimligt datum: året måste vara mellan " + FIRST_YEAR + " och " + LAST_YEAR);
  }

  private static LocalDateTime parseDateTime(String text) {
    try {
      return OffsetDateTime.parse(text).toLocalDateTime();
    } catch (DateTimeParseException e) {
      return LocalDateTime.parse(text);
    }
  }

  private void checkRows(JsonNode component, String key, String label, JsonNode value) {
    require(value.isArray(), key, label, "måste vara en lista");
    int row = 0;
    for (JsonNode item : value) {
      row++;
      require(item.isObject(), key, label, "rad " + row + " är inte ifylld rätt");
      new ComponentChecks(json, prefix + label + ", rad " + row + ": ")
          .check(component.path("components"), item::get);
    }
  }

  private JsonNode toJson(Object value) {
    if (value instanceof JsonNode node) {
      return node;
    }
    if (value instanceof SpinJsonNode spin) {
      try {
        return json.readTree(spin.toString());
      } catch (Exception e) {
        return null;
      }
    }
    if (value instanceof java.util.Date) {
      return json.getNodeFactory().pojoNode(value); // a Date object where the form sends an ISO string
    }
    return value == null ? null : json.valueToTree(value);
  }

  private static boolean isEmpty(JsonNode value) {
    return value == null || value.isNull() || value.isMissingNode()
        || (value.isTextual() && value.asText().isBlank());
  }

  private void require(boolean condition, String key, String label, String problem) {
    if (!condition) {
      throw invalid(key, label, problem);
    }
  }

  private CaseValidationException invalid(String key, String label, String problem) {
    return new CaseValidationException(key, prefix + FieldRules.message(label, problem));
  }
}
