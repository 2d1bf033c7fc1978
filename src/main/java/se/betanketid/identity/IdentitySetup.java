package se.betanketid.identity;

import java.util.Optional;
import org.camunda.bpm.spring.boot.starter.event.PostDeployEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import se.betanketid.casefile.CaseNumbers;

/** At start: the demo users or the production administrator, the roles' authorizations, the filters, the case number counters. */
@Component
class IdentitySetup {

  private final Optional<DemoIdentities> demo;
  private final Optional<ProductionAdmin> admin;
  private final RoleAuthorizations roles;
  private final TasklistFilters filters;
  private final CaseNumbers caseNumbers;

  IdentitySetup(Optional<DemoIdentities> demo, Optional<ProductionAdmin> admin, RoleAuthorizations roles,
      TasklistFilters filters, CaseNumbers caseNumbers) {
    this.demo = demo;
    this.admin = admin;
    this.roles = roles;
    this.filters = filters;
    this.caseNumbers = caseNumbers;
  }

  @EventListener(PostDeployEvent.class)
  public void setUp() {
    demo.ifPresent(DemoIdentities::createIfMissing);
    admin.ifPresent(ProductionAdmin::createOrUpdate);
    roles.grantAll();
    caseNumbers.prepareYears();
    filters.createIfMissing();
  }
}
