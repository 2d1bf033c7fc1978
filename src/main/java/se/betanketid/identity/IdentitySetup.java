package se.betanketid.identity;

import java.util.Optional;
import org.camunda.bpm.spring.boot.starter.event.PostDeployEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * At start: the demo users or the production administrator, the roles' authorizations, the filters. (The case
 * number counters are prepared by {@code casefile.CaseNumbers} itself.)
 */
@Component
class IdentitySetup {

  private final Optional<DemoIdentities> demo;
  private final Optional<ProductionAdmin> admin;
  private final RoleAuthorizations roles;
  private final TasklistFilters filters;

  IdentitySetup(Optional<DemoIdentities> demo, Optional<ProductionAdmin> admin, RoleAuthorizations roles,
      TasklistFilters filters) {
    this.demo = demo;
    this.admin = admin;
    this.roles = roles;
    this.filters = filters;
  }

  @EventListener(PostDeployEvent.class)
  public void setUp() {
    demo.ifPresent(DemoIdentities::createIfMissing);
    admin.ifPresent(ProductionAdmin::createOrUpdate);
    roles.grantAll();
    filters.createIfMissing();
  }
}
