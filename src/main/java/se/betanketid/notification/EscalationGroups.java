package se.betanketid.notification;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import se.betanketid.casefile.CaseAccess;
import se.betanketid.casefile.CaseVariables;
import se.betanketid.identity.Role;
import se.betanketid.municipality.MunicipalityRegistry;

/**
 * The groups an escalation goes to: the manager group of the case's municipality ({@code chef-<code>})
 * and/or the coordinators of its police region ({@code regionkoordinator-<region>}). The coordinators only when
 * they work the case ({@link CaseAccess}: the person's consent, a referral, or the investigation leader's
 * route); otherwise what would have gone to them goes to the manager: nobody is told of a case they may not see.
 */
@Component
class EscalationGroups {

  static final String MANAGER = "manager";
  static final String COORDINATOR = "coordinator";
  static final String BOTH = MANAGER + "," + COORDINATOR;

  private final MunicipalityRegistry municipalities;
  private final CaseAccess access;

  EscalationGroups(MunicipalityRegistry municipalities, CaseAccess access) {
    this.municipalities = municipalities;
    this.access = access;
  }

  /** {@code escalateTo}: "manager", "coordinator" or "manager,coordinator"; null or blank means both. */
  List<String> of(DelegateExecution execution, String escalateTo) {
    String municipalityCode = (String) execution.getVariable(CaseVariables.MUNICIPALITY_CODE);
    if (municipalityCode == null) {
      throw new IllegalStateException("The case has no municipalityCode: cannot find whom to tell");
    }
    Set<String> groups = new LinkedHashSet<>();
    String targets = escalateTo == null || escalateTo.isBlank() ? BOTH : escalateTo;
    for (String target : targets.split(",")) {
      switch (target.strip().toLowerCase()) {
        case MANAGER -> groups.add(Role.managerGroup(municipalityCode));
        case COORDINATOR -> groups.add(coordinatorsOrManager(execution, municipalityCode));
        case "" -> { }
        default -> throw new IllegalArgumentException("escalateTo: unknown target '" + target.strip()
            + "' (use manager, coordinator or manager,coordinator)");
      }
    }
    return List.copyOf(groups);
  }

  private String coordinatorsOrManager(DelegateExecution execution, String municipalityCode) {
    String coordinators = Role.coordinatorGroup(regionOf(execution, municipalityCode));
    return access.groupsOf(execution).contains(coordinators) ? coordinators : Role.managerGroup(municipalityCode);
  }

  private String regionOf(DelegateExecution execution, String municipalityCode) {
    Object region = execution.getVariable(CaseVariables.POLICE_REGION);
    return region != null ? region.toString() : municipalities.regionOf(municipalityCode);
  }
}
