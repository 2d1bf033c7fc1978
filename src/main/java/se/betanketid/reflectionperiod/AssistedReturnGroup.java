package se.betanketid.reflectionperiod;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import se.betanketid.casefile.CaseAccess;
import se.betanketid.casefile.CaseVariables;
import se.betanketid.identity.Role;

/**
 * Who arranges an assisted return ({@code UserTask_ArrangeAssistedReturn}), in BPMN
 * {@code ${assistedReturnGroup.of(execution)}}: the region's coordinator, the single point of contact for ÅMP,
 * when the coordinator works the case ({@link CaseAccess}: consent, a referral or the investigation leader's
 * route); otherwise the municipality's social workers, since a task would show the coordinator a case the person
 * did not agree to share.
 */
@Component("assistedReturnGroup")
public class AssistedReturnGroup {

  private final CaseAccess access;

  AssistedReturnGroup(CaseAccess access) {
    this.access = access;
  }

  public String of(DelegateExecution execution) {
    String coordinators = Role.coordinatorGroup(String.valueOf(execution.getVariable(CaseVariables.POLICE_REGION)));
    return access.groupsOf(execution).contains(coordinators) ? coordinators
        : Role.socialServicesGroup(String.valueOf(execution.getVariable(CaseVariables.MUNICIPALITY_CODE)));
  }
}
