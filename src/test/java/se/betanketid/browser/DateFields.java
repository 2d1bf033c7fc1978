package se.betanketid.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date fields of a form (textfields with {@code properties.format = date}), read from forms/*.form, with
 * what a person must choose first for a field hidden by a condition ({@code =key != "value"} or
 * {@code =key != true}).
 */
final class DateFields {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern SHOWN_WHEN = Pattern.compile("=\\s*(\\w+)\\s*!=\\s*(\"([^\"]*)\"|true)\\s*");

  record Field(String key, String label, boolean readOnly, String listLabel, String revealKey, String revealValue,
      JsonNode form) {

    /** Chooses what shows the field, if a condition hides it. */
    void reveal(FormJs fields) {
      if (revealKey == null) {
        return;
      }
      JsonNode chooser = find(form.path("components"), revealKey);
      String label = chooser.path("label").asText();
      if ("checkbox".equals(chooser.path("type").asText())) {
        fields.tick(label);
        return;
      }
      for (JsonNode option : chooser.path("values")) {
        if (revealValue.equals(option.path("value").asText())) {
          fields.select(label, option.path("label").asText());
          return;
        }
      }
      throw new IllegalStateException("No option " + revealValue + " in " + revealKey);
    }
  }

  private DateFields() {}

  static List<Field> of(String formId) throws IOException {
    JsonNode form = JSON.readTree(FormPage.FORMS.resolve(formId + ".form").toFile());
    List<Field> fields = new ArrayList<>();
    collect(form, form.path("components"), null, fields);
    return fields;
  }

  private static void collect(JsonNode form, JsonNode components, String listLabel, List<Field> into) {
    for (JsonNode component : components) {
      if ("textfield".equals(component.path("type").asText())
          && "date".equals(component.path("properties").path("format").asText())) {
        String revealKey = null;
        String revealValue = null;
        Matcher condition = SHOWN_WHEN.matcher(component.path("conditional").path("hide").asText());
        if (condition.matches()) {
          revealKey = condition.group(1);
          revealValue = condition.group(3) != null ? condition.group(3) : "true";
        }
        into.add(new Field(component.path("key").asText(), component.path("label").asText(),
            component.path("disabled").asBoolean() || component.path("readonly").asBoolean(), listLabel,
            revealKey, revealValue, form));
      }
      if (component.has("components")) {
        collect(form, component.get("components"),
            "dynamiclist".equals(component.path("type").asText()) ? component.path("label").asText() : listLabel,
            into);
      }
    }
  }

  static JsonNode find(JsonNode components, String key) {
    for (JsonNode component : components) {
      if (key.equals(component.path("key").asText())) {
        return component;
      }
      JsonNode inner = component.has("components") ? find(component.get("components"), key) : null;
      if (inner != null) {
        return inner;
      }
    }
    return null;
  }
}
