package se.betanketid.validation;

import java.util.List;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.stereotype.Service;

/** Validates submitted values: first the form's own schema, then the domain rules for that form. */
@Service
public class FormValidation {

  private final FormSchemaValidator schema;
  private final List<FormRule> rules;

  FormValidation(FormSchemaValidator schema, List<FormRule> rules) {
    this.schema = schema;
    this.rules = rules;
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
