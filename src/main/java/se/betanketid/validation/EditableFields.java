package se.betanketid.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;
import se.betanketid.calendar.EngineTime;

/**
 * A submission changes only what its person can edit in the form: a field that is {@code disabled}, {@code readonly}
 * or hidden by its {@code conditional.hide} for the values at hand (the stored values with the submitted ones over
 * them; in a dynamic-list row, {@code this} is the row) may be submitted only with the value it already has. Tasklist
 * (form-js) submits no disabled or hidden field and a read-only one unchanged, so Tasklist never meets the refusal;
 * a REST client that sends such a field changed gets a 400 naming it, and nothing changes.
 */
@Component
public class EditableFields {

  private final FormSchemaValidator forms;
  private final ObjectMapper json = new ObjectMapper();
  private final FormConditions conditions = new FormConditions(json);

  EditableFields(FormSchemaValidator forms) {
    this.forms = forms;
  }

  /**
   * Refuses (with {@link CaseValidationException}) a submitted value that the person cannot set in the form
   * {@code forms/<formId>.form}; returns the case facts that the submission overwrites with another value.
   *
   * @param stored the values the person's form shows (the task's variables; empty for a start form)
   * @param submitted the submitted values (plain or typed, as the engine received them)
   */
  public List<FactChange> check(String formId, Map<String, ?> stored, Map<String, ?> submitted) {
    Map<String, JsonNode> before = normalized(stored);
    Map<String, JsonNode> sent = normalized(submitted);
    Map<String, JsonNode> merged = new LinkedHashMap<>(before);
    merged.putAll(sent);
    List<FactChange> changes = new ArrayList<>();
    check(forms.form(formId).path("components"), before, sent, merged, changes);
    return changes;
  }

  private void check(JsonNode components, Map<String, JsonNode> before, Map<String, JsonNode> sent,
      Map<String, JsonNode> merged, List<FactChange> changes) {
    for (JsonNode component : components) {
      String key = ComponentChecks.keyOf(component);
      if (key == null) {
        if (component.has("components")) {
          check(component.path("components"), before, sent, merged, changes);
        }
        continue;
      }
      if (!sent.containsKey(key)) {
        continue;
      }
      JsonNode old = before.getOrDefault(key, NullNode.getInstance());
      JsonNode value = sent.get(key);
      String label = labelOf(component, key);
      boolean same = same(component, old, value);
      if (!same) {
        refuseIfNotEditable(component, key, label, "", merged, null);
        if (!isEmpty(component, old)) {
          changes.add(new FactChange(key, label, shown(old), shown(value)));
        }
      }
      if ("dynamiclist".equals(component.path("type").asText()) && value.isArray()) {
        checkRows(component, label, old, value, merged);
      }
    }
  }

  /** The same rule in each row of a dynamic list, compared with the row at the same place before. */
  private void checkRows(JsonNode list, String listLabel, JsonNode oldRows, JsonNode rows,
      Map<String, JsonNode> merged) {
    for (int index = 0; index < rows.size(); index++) {
      JsonNode row = rows.get(index);
      if (!row.isObject()) {
        continue; // the schema refuses it with its own message
      }
      JsonNode oldRow = oldRows.isArray() && index < oldRows.size() && oldRows.get(index).isObject()
          ? oldRows.get(index) : json.createObjectNode();
      ObjectNode mergedRow = ((ObjectNode) oldRow.deepCopy()).setAll((ObjectNode) row);
      String prefix = listLabel + ", rad " + (index + 1) + ": ";
      for (JsonNode component : rowComponents(list.path("components"), new ArrayList<>())) {
        String key = ComponentChecks.keyOf(component);
        if (key == null || !row.has(key)) {
          continue;
        }
        if (!same(component, oldRow.path(key), row.get(key))) {
          refuseIfNotEditable(component, key, labelOf(component, key), prefix, merged, mergedRow);
        }
      }
    }
  }

  private static List<JsonNode> rowComponents(JsonNode components, List<JsonNode> into) {
    for (JsonNode component : components) {
      if (ComponentChecks.keyOf(component) != null) {
        into.add(component);
      } else if (component.has("components")) {
        rowComponents(component.path("components"), into);
      }
    }
    return into;
  }

  private void refuseIfNotEditable(JsonNode component, String key, String label, String prefix,
      Map<String, JsonNode> merged, JsonNode row) {
    if (conditions.notEditable(component, merged, row)) {
      throw new CaseValidationException(key, prefix + FieldRules.message(label, "kan inte ändras i det här formuläret"));
    }
    if (conditions.hidden(component, merged, row)) {
      throw new CaseValidationException(key, prefix + FieldRules.message(label,
          "visas inte i formuläret med de värden som angetts och kan därför inte fyllas i"));
    }
  }

  /** Unchanged: equal (numbers by value, dates by day), or empty both (form-js sends "" / [] / false for empty). */
  private boolean same(JsonNode component, JsonNode old, JsonNode value) {
    if (isEmpty(component, old) && isEmpty(component, value)) {
      return true;
    }
    return old.equals(BY_VALUE, value);
  }

  private static final Comparator<JsonNode> BY_VALUE = (a, b) -> {
    if (a.isNumber() && b.isNumber()) {
      return a.decimalValue().compareTo(b.decimalValue());
    }
    return a.equals(b) ? 0 : 1;
  };

  private static boolean isEmpty(JsonNode component, JsonNode value) {
    if (value == null || value.isNull() || value.isMissingNode()) {
      return true;
    }
    String type = component.path("type").asText();
    return value.isTextual() && value.asText().isEmpty()
        || value.isArray() && value.isEmpty()
        || "checkbox".equals(type) && value.isBoolean() && !value.asBoolean();
  }

  private static String labelOf(JsonNode component, String key) {
    for (String name : List.of("label", "dateLabel")) {
      String text = component.path(name).asText("");
      if (!text.isBlank()) {
        return text;
      }
    }
    return key;
  }

  /** A value as the audit shows it: text as it is, yes/no in Swedish, lists as JSON, nothing as "(tomt)". */
  private static String shown(JsonNode value) {
    if (value == null || value.isNull() || value.isMissingNode()) {
      return "(tomt)";
    }
    if (value.isBoolean()) {
      return value.asBoolean() ? "ja" : "nej";
    }
    return value.isValueNode() ? value.asText() : value.toString();
  }

  private Map<String, JsonNode> normalized(Map<String, ?> values) {
    Map<String, JsonNode> nodes = new LinkedHashMap<>();
    if (values != null) {
      values.forEach((name, value) -> nodes.put(name, toJson(value)));
    }
    return nodes;
  }

  /** Typed or plain, serialized or not, as the JSON the form would hold; a date object as its day. */
  JsonNode toJson(Object value) {
    if (value instanceof JsonNode node) {
      return node;
    }
    Object plain = value;
    if (value instanceof SerializableValue serializable && !serializable.isDeserialized()) {
      String serialized = serializable.getValueSerialized();
      if (serialized == null) {
        return NullNode.getInstance();
      }
      try {
        return json.readTree(serialized);
      } catch (Exception notJson) {
        return json.getNodeFactory().textNode(serialized);
      }
    }
    if (value instanceof TypedValue typed) {
      plain = typed.getValue();
    }
    if (plain == null) {
      return NullNode.getInstance();
    }
    if (plain instanceof SpinJsonNode spin) {
      try {
        return json.readTree(spin.toString());
      } catch (Exception notJson) {
        return json.getNodeFactory().textNode(spin.toString());
      }
    }
    if (plain instanceof java.util.Date date) {
      return json.getNodeFactory().textNode(EngineTime.toLocalDate(date).toString());
    }
    try {
      return json.valueToTree(plain);
    } catch (IllegalArgumentException notJson) {
      return json.getNodeFactory().textNode(String.valueOf(plain));
    }
  }
}
