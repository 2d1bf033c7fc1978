package se.betanketid.notification;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import se.betanketid.identity.Role;
import se.betanketid.municipality.MunicipalityRegistry;

/**
 * The groups an escalation goes to: the manager group of the case's municipality ({@code chef-<code>})
 * and/or the coordinators of its police region ({@code regionkoordinator-<region>}).
 */
@Component
class EscalationGroups {

  static final String MANAGER = "manager";
  static final String COORDINATOR = "coordinator";
  static final String BOTH = MANAGER + "," + COORDINATOR;

  private final MunicipalityRegistry municipalities;

  EscalationGroups(MunicipalityRegistry municipalities) {
    this.municipalities = municipalities;
  }

  /** {@code escalateTo}: "manager", "coordinator" or "manager,coordinator"; null or blank means both. */
  List<String> of(DelegateExecution execution, String escalateTo) {
    String municipalityCode = (String) execution.getVariable("municipalityCode");
    if (municipalityCode == null) {
      throw new IllegalStateException("The case has no municipalityCode: cannot find whom to tell");
    }
    List<String> groups = new ArrayList<>();
    String targets = escalateTo == null || escalateTo.isBlank() ? BOTH : escalateTo;
    for (String target : targets.split(",")) {
      switch (target.strip().toLowerCase()) {
        case MANAGER -> groups.add(Role.managerGroup(municipalityCode));
        case COORDINATOR -> groups.add(Role.coordinatorGroup(regionOf(execution, municipalityCode)));
        case "" -> { }
        default -> throw new IllegalArgumentException("escalateTo: unknown target '" + target.strip()
            + "' (use manager, coordinator or manager,coordinator)");
      }
    }
    return groups;
  }

  private String regionOf(DelegateExecution execution, String municipalityCode) {
    Object region = execution.getVariable("policeRegion");
    return region != null ? region.toString() : municipalities.regionOf(municipalityCode);
  }
}
