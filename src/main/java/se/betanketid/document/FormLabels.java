package se.betanketid.document;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The Swedish words the person saw: a field's label and an option's label, read from the form itself
 * ({@code forms/<id>.form} on the classpath), so that the document says what the form said.
 */
@Component
class FormLabels {

  private record Labels(Map<String, String> fields, Map<String, Map<String, String>> options) {}

  private final ObjectMapper json = new ObjectMapper();
  private final Map<String, Labels> forms = new ConcurrentHashMap<>();

  /** The label of the field with this key, or the key itself when the form has none. */
  String field(String formId, String key) {
    return of(formId).fields().getOrDefault(key, key);
  }

  /** The label of the option {@code value} of the field {@code key}, or the value itself when unknown. */
  String option(String formId, String key, Object value) {
    if (value == null) {
      return null;
    }
    return of(formId).options().getOrDefault(key, Map.of()).getOrDefault(value.toString(), value.toString());
  }

  private Labels of(String formId) {
    return forms.computeIfAbsent(formId, this::load);
  }

  private Labels load(String formId) {
    try (InputStream in = FormLabels.class.getResourceAsStream("/forms/" + formId + ".form")) {
      if (in == null) {
        throw new IllegalStateException("No form " + formId);
      }
      Labels labels = new Labels(new HashMap<>(), new HashMap<>());
      walk(json.readTree(in).path("components"), labels);
      return labels;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void walk(JsonNode components, Labels labels) {
    for (JsonNode component : components) {
      String key = component.path("key").asText(null);
      if (key != null) {
        String label = component.path("label").asText("");
        labels.fields().put(key, label.isEmpty() ? component.path("dateLabel").asText(key) : label);
        Map<String, String> options = new HashMap<>();
        component.path("values").forEach(option ->
            options.put(option.path("value").asText(), option.path("label").asText()));
        labels.options().put(key, options);
      }
      walk(component.path("components"), labels);
    }
  }
}
