package se.betanketid.child;

import static se.betanketid.validation.DateChecks.notInFuture;

import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.stereotype.Component;
import se.betanketid.validation.FormRule;

/**
 * Form {@code secure-child-residence-basis}: what is recorded has happened (an application filed, a right in
 * force, the child gone), so its date is not in the future.
 */
@Component
class SecuredCoverageRule extends FormRule {

  SecuredCoverageRule() {
    super("secure-child-residence-basis");
  }

  @Override
  public void check(VariableMap values) {
    notInFuture(values, "securedCoverageDate", "Datum");
  }
}
