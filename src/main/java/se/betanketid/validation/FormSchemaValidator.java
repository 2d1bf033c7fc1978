package se.betanketid.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Enforces on the server what a Camunda Form declares (required, pattern, lengths, ranges, types, options,
 * dynamic-list rows), so that the REST API cannot bypass the form.
 */
@Component
public class FormSchemaValidator {

  private final ObjectMapper json = new ObjectMapper();
  private final Map<String, JsonNode> forms = new ConcurrentHashMap<>();

  /** Checks the values against the form {@code forms/<formId>.form}; throws on the first bad field. */
  public void validate(String formId, VariableMap values) {
    JsonNode form = form(formId);
    new ComponentChecks(json, "").check(form.path("components"), values::get);
  }

  /** The keys (variable names) the form can submit. */
  public java.util.Set<String> keys(String formId) {
    java.util.Set<String> keys = new java.util.HashSet<>();
    collectKeys(form(formId).path("components"), keys);
    return keys;
  }

  /** The label a person sees for the field (the key when the form has no such field). */
  public String label(String formId, String key) {
    return label(form(formId).path("components"), key).orElse(key);
  }

  private static java.util.Optional<String> label(JsonNode components, String key) {
    for (JsonNode component : components) {
      if (key.equals(ComponentChecks.keyOf(component))) {
        return java.util.Optional.of(component.path("label").asText(component.path("dateLabel").asText(key)));
      }
      if (component.has("components")) {
        java.util.Optional<String> inner = label(component.path("components"), key);
        if (inner.isPresent()) {
          return inner;
        }
      }
    }
    return java.util.Optional.empty();
  }

  public JsonNode form(String formId) {
    return forms.computeIfAbsent(formId, this::load);
  }

  private static void collectKeys(JsonNode components, java.util.Set<String> keys) {
    for (JsonNode component : components) {
      String key = ComponentChecks.keyOf(component);
      if (key != null) {
        keys.add(key);
      } else if (component.has("components")) {
        collectKeys(component.path("components"), keys);
      }
    }
  }

  private JsonNode load(String formId) {
    ClassPathResource resource = new ClassPathResource("forms/" + formId + ".form");
    try (InputStream in = resource.getInputStream()) {
      return json.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("Form " + formId + " cannot be read", e);
    }
  }
}
