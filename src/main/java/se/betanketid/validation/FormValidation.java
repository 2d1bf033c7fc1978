package se.betanketid.validation;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Service;

/** Validates submitted values: first the form's own schema, then the domain rules for that form. */
@Service
public class FormValidation {

  private final FormSchemaValidator schema;
  private final List<FormRule> rules;
  private final ObjectMapper json = new ObjectMapper();

  FormValidation(FormSchemaValidator schema, List<FormRule> rules) {
    this.schema = schema;
    this.rules = rules;
  }

  /** Refuses submitted names that the form does not have: a REST client cannot set other variables. */
  public void refuseNotInForm(String formId, Collection<String> submitted) {
    Set<String> allowed = schema.keys(formId);
    for (String name : submitted) {
      if (!allowed.contains(name)) {
        throw FieldRules.refused(name, name, "finns inte i formuläret");
      }
    }
  }

  /**
   * The submitted values, ready to validate; a value the engine cannot read (a Json variable that is not JSON)
   * is refused with a 400 naming its field before the engine tries to read it and fails the whole request.
   */
  public VariableMap readValues(String formId, VariableScope scope) {
    for (String name : scope.getVariableNames()) {
      TypedValue value = scope.getVariableTyped(name, false);
      if (value instanceof SerializableValue serialized && !serialized.isDeserialized()
          && serialized.getValueSerialized() != null && isJson(serialized.getSerializationDataFormat())) {
        try {
          json.readTree(serialized.getValueSerialized());
        } catch (IOException | RuntimeException notJson) {
          throw FieldRules.refused(name, schema.label(formId, name), "kan inte läsas: värdet är inte giltig JSON");
        }
      }
    }
    return scope.getVariablesTyped();
  }

  private static boolean isJson(String dataFormat) {
    return dataFormat != null && dataFormat.startsWith("application/json");
  }

  public void validate(String formId, VariableMap values) {
    schema.validate(formId, values);
    for (FormRule rule : rules) {
      if (rule.formIds().contains(formId)) {
        rule.check(values);
      }
    }
  }
}
