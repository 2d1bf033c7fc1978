package se.betanketid.validation;

import java.util.Set;
import org.camunda.bpm.engine.variable.VariableMap;

/**
 * A domain rule on the values of one or more forms, beyond what the form's schema declares (dates in order,
 * a reason required when rejected). Extend as a Spring bean naming its forms; throw {@link CaseValidationException}
 * (through {@link FieldRules} for a field).
 */
public abstract class FormRule {

  private final Set<String> formIds;

  /** The ids of the forms ({@code forms/<id>.form}) this rule applies to. */
  protected FormRule(String... formIds) {
    this.formIds = Set.of(formIds);
  }

  public final Set<String> formIds() {
    return formIds;
  }

  /** Checks the submitted values (the task's or the new case's variables). */
  public abstract void check(VariableMap values);
}
