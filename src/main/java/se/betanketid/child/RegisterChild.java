package se.betanketid.child;

import static se.betanketid.child.ChildProcess.CHILD;
import static se.betanketid.child.ChildProcess.CHILD_COUNT;
import static se.betanketid.child.ChildProcess.CHILD_COVERAGE;
import static se.betanketid.child.ChildProcess.CHILD_ESCALATION_OPEN;
import static se.betanketid.child.ChildProcess.CHILD_LABEL;
import static se.betanketid.child.ChildProcess.CHILD_NUMBER;
import static se.betanketid.child.ChildProcess.CHILD_PRESUMED_VICTIM;
import static se.betanketid.child.ChildProcess.NONE_KNOWN;
import static se.betanketid.child.ChildProcess.OWN_APPLICATION;
import static se.betanketid.child.ChildProcess.OWN_APPLICATION_ASKED;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.spin.json.SpinJsonNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Start listener of {@code StartEvent_ChildRegistered}: takes the child's stated coverage out of the {@code child}
 * Json object into the plain variable the decision reads (unknown or missing = {@code none_known}, so a child
 * with incomplete data escalates rather than passes), labels the child ("barn 1 av 2") for task descriptions,
 * and starts with no open escalation. A child registered with its own application is a presumed victim itself;
 * no task to open its own case has been made yet.
 */
@Component("registerChild")
class RegisterChild implements ExecutionListener {

  private static final Logger LOG = LoggerFactory.getLogger(RegisterChild.class);

  @Override
  public void notify(DelegateExecution execution) {
    String coverage = coverageOf(execution.getVariable(CHILD));
    if (NONE_KNOWN.equals(coverage)) {
      LOG.info("Case {}: child registered without a known residence basis", execution.getBusinessKey());
    }
    execution.setVariable(CHILD_COVERAGE, coverage);
    execution.setVariable(CHILD_LABEL, label(execution));
    execution.setVariable(CHILD_ESCALATION_OPEN, false);
    execution.setVariable(CHILD_PRESUMED_VICTIM, OWN_APPLICATION.equals(coverage));
    execution.setVariable(OWN_APPLICATION_ASKED, false);
  }

  static String coverageOf(Object child) {
    if (child instanceof SpinJsonNode node && node.isObject() && node.hasProp(CHILD_COVERAGE)) {
      SpinJsonNode value = node.prop(CHILD_COVERAGE);
      if (value.isString() && !value.stringValue().isBlank()) {
        return value.stringValue();
      }
    }
    return NONE_KNOWN;
  }

  /** "barn 2 av 3" when the parent passed the position (childNumber/childCount, or loopCounter/nrOfInstances). */
  static String label(DelegateExecution execution) {
    Integer number = asInteger(execution.getVariable(CHILD_NUMBER));
    Integer count = asInteger(execution.getVariable(CHILD_COUNT));
    if (number == null) {
      Integer loopCounter = asInteger(execution.getVariable("loopCounter"));
      number = loopCounter == null ? null : loopCounter + 1;
    }
    if (count == null) {
      count = asInteger(execution.getVariable("nrOfInstances"));
    }
    if (number == null) {
      return "ett medföljande barn";
    }
    return count == null ? "barn " + number : "barn " + number + " av " + count;
  }

  private static Integer asInteger(Object value) {
    return value instanceof Number number ? number.intValue() : null;
  }
}
