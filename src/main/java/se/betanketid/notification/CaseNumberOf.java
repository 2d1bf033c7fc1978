package se.betanketid.notification;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;

/** The case number of a task or execution: the variable {@code caseNumber}, else the business key. */
final class CaseNumberOf {

  static final String VARIABLE = "caseNumber";

  private CaseNumberOf() {}

  static String task(DelegateTask task) {
    Object value = task.getVariable(VARIABLE);
    return value != null ? value.toString() : execution(task.getExecution());
  }

  static String execution(DelegateExecution execution) {
    if (execution == null) {
      return null;
    }
    Object value = execution.getVariable(VARIABLE);
    return value != null ? value.toString() : execution.getProcessBusinessKey();
  }
}
