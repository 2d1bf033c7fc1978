package se.betanketid.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;
import org.camunda.bpm.engine.variable.Variables;

/**
 * The FEEL expressions of a form as form-js evaluates them in Tasklist: {@code conditional.hide} (the field is not
 * shown, so not submitted) and an expression in {@code readonly}. Inside a dynamic-list row, {@code this} is the
 * row. An expression that cannot be evaluated counts as false (form-js then shows the field, editable).
 */
final class FormConditions {

  private static final FeelEngine FEEL = new ScalaFeelEngineFactory().createInstance();

  private final ObjectMapper json;

  FormConditions(ObjectMapper json) {
    this.json = json;
  }

  /** Is the field hidden for these values? ({@code row}: the dynamic-list row the field is in, or null.) */
  boolean hidden(JsonNode component, Map<String, JsonNode> values, JsonNode row) {
    return holds(component.path("conditional").path("hide"), values, row);
  }

  /** Is the field shown but not editable: {@code disabled}, or {@code readonly} (true or an expression that holds)? */
  boolean notEditable(JsonNode component, Map<String, JsonNode> values, JsonNode row) {
    return component.path("disabled").asBoolean(false) || component.path("readonly").asBoolean(false)
        || holds(component.path("readonly"), values, row);
  }

  private boolean holds(JsonNode expression, Map<String, JsonNode> values, JsonNode row) {
    if (!expression.isTextual() || !expression.asText().startsWith("=")) {
      return false;
    }
    Map<String, Object> context = new HashMap<>();
    values.forEach((name, value) -> context.put(name, plain(value)));
    if (row != null) {
      context.put("this", plain(row));
    }
    try {
      Object result = FEEL.evaluateSimpleExpression(expression.asText().substring(1),
          Variables.fromMap(context).asVariableContext());
      return Boolean.TRUE.equals(result);
    } catch (RuntimeException cannotEvaluate) {
      return false;
    }
  }

  private Object plain(JsonNode value) {
    return value == null || value.isNull() || value.isMissingNode() ? null : json.convertValue(value, Object.class);
  }
}
