package se.betanketid.child;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstanceQuery;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import se.betanketid.casefile.CaseAccess;
import se.betanketid.casefile.CaseProcesses;
import se.betanketid.validation.CaseValidationException;
import se.betanketid.validation.FieldRules;
import se.betanketid.validation.FormRule;

/**
 * Form {@code open-child-application}: the child's case number names another open application case, one the
 * person completing the task may read ({@link CaseAccess#mayRead}: the engine does not check authorizations in
 * listener code). The same answer whether the case does not exist or she may not see it, so that the refusal does
 * not tell which.
 */
@Component
class OwnApplicationRule extends FormRule {

  static final String LABEL = "Barnets ärendenummer";

  private final RuntimeService runtime;

  OwnApplicationRule(@Lazy RuntimeService runtime) {
    super("open-child-application");
    this.runtime = runtime;
  }

  @Override
  public void check(VariableMap values) {
    Object childCase = values.get(ChildProcess.CHILD_CASE_NUMBER);
    if (childCase == null) {
      return;
    }
    if (childCase.equals(values.get("caseNumber"))) {
      throw FieldRules.refused(ChildProcess.CHILD_CASE_NUMBER, LABEL,
          "ska ha barnets eget ärendenummer, inte vårdnadshavarens");
    }
    if (applicationsOf(runtime, childCase.toString()).count() == 0
        || !CaseAccess.currentUserMayRead(childCase.toString())) {
      throw new CaseValidationException(ChildProcess.CHILD_CASE_NUMBER, "Fältet \"" + LABEL + "\": det finns inget"
          + " pågående ärende " + childCase + " som du har tillgång till. Starta barnets ärende först.");
    }
  }

  /** The running application cases (either route) with this case number. */
  static ProcessInstanceQuery applicationsOf(RuntimeService runtime, String caseNumber) {
    return runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
        .processDefinitionKeyIn(CaseProcesses.SOCIAL_SERVICES_APPLICATION,
            CaseProcesses.INVESTIGATION_LEADER_APPLICATION);
  }
}
