package se.betanketid.sso;

import java.util.TreeSet;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.spring.boot.starter.event.PostDeployEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import se.betanketid.identity.RoleAuthorizations;

/**
 * Profile oidc: our groups that the mapping names exist in Camunda's identity service (without members: who
 * belongs comes from the token at each login), so that Cockpit and Admin know them and their roles get their
 * authorizations, as the demo groups do in the embedded default.
 */
@Component
@Profile("oidc")
class ProviderGroups {

  private final IdentityService identities;
  private final RoleAuthorizations roles;
  private final OidcSettings settings;

  ProviderGroups(IdentityService identities, RoleAuthorizations roles, OidcSettings settings) {
    this.identities = identities;
    this.roles = roles;
    this.settings = settings;
  }

  @EventListener(PostDeployEvent.class)
  public void createMappedGroups() {
    for (String groupId : new TreeSet<>(settings.groupMapping().values())) {
      if (identities.createGroupQuery().groupId(groupId).count() == 0) {
        Group group = identities.newGroup(groupId);
        group.setName(groupId);
        group.setType("WORKFLOW");
        identities.saveGroup(group);
      }
      roles.grant(groupId);
    }
  }
}
