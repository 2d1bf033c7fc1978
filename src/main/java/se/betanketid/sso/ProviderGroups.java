package se.betanketid.sso;

import java.util.TreeSet;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.spring.boot.starter.event.PostDeployEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import se.betanketid.identity.Role;
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
    ensureAnAdministrator();
  }

  /**
   * The webapps send everyone to Camunda's "create the first administrator" page (closed here) as long as
   * nobody is in camunda-admin: the provider's administrator (betanketid.oidc.admin-id) is entered, without a
   * password, until someone with a mapped administrator group has logged in.
   */
  private void ensureAnAdministrator() {
    if (identities.createUserQuery().memberOfGroup(Role.ADMIN_GROUP).count() > 0) {
      return;
    }
    if (identities.createGroupQuery().groupId(Role.ADMIN_GROUP).count() == 0) {
      Group group = identities.newGroup(Role.ADMIN_GROUP);
      group.setName(Role.ADMIN_GROUP);
      group.setType("SYSTEM");
      identities.saveGroup(group);
      roles.grant(Role.ADMIN_GROUP);
    }
    if (identities.createUserQuery().userId(settings.adminId()).count() == 0) {
      identities.saveUser(identities.newUser(settings.adminId()));
    }
    identities.createMembership(settings.adminId(), Role.ADMIN_GROUP);
  }
}
