package se.betanketid.validation;

import java.util.Set;
import org.camunda.bpm.engine.variable.VariableMap;

/**
 * A domain rule on the values of one or more forms, beyond what the form's schema declares (dates in order,
 * a reason required when rejected). Implement as a Spring bean; throw {@link CaseValidationException}.
 */
public interface FormRule {

  /** The ids of the forms ({@code forms/<id>.form}) this rule applies to. */
  Set<String> formIds();

  /** Checks the submitted values (the task's or the new case's variables). */
  void check(VariableMap values);
}
