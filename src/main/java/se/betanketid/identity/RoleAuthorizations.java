package se.betanketid.identity;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Service;

/**
 * What each role may do, as Camunda authorizations on its groups: exactly what the role needs.
 * Case-level access (which case a group sees) is granted per case by {@code casefile.CaseAccess}.
 */
@Service
public class RoleAuthorizations {

  static final String ALL = Authorization.ANY;

  private final AuthorizationService authorizations;
  private final IdentityService identities;
  private final List<ProcessRight> processRights;

  RoleAuthorizations(AuthorizationService authorizations, IdentityService identities,
      List<ProcessRight> processRights) {
    this.authorizations = authorizations;
    this.identities = identities;
    this.processRights = processRights;
  }

  /** Grants every existing group the rights of its role (idempotent). */
  public void grantAll() {
    for (Group group : identities.createGroupQuery().list()) {
      grant(group.getId());
    }
  }

  public void grant(String groupId) {
    Role.ofGroup(groupId).ifPresent(role -> grant(groupId, role));
  }

  private void grant(String groupId, Role role) {
    switch (role) {
      case ADMIN -> {
        for (Resource resource : Resources.values()) {
          ensure(groupId, resource, ALL, Permissions.ALL);
        }
      }
      case SOCIAL_WORKER, INVESTIGATION_LEADER, REGIONAL_COORDINATOR ->
          ensure(groupId, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
      case MANAGER -> {
        ensure(groupId, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        ensure(groupId, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
        ensure(groupId, Resources.PROCESS_DEFINITION, ALL, ProcessDefinitionPermissions.READ);
        ensure(groupId, Resources.DECISION_DEFINITION, ALL, Permissions.READ);
        ensure(groupId, Resources.DEPLOYMENT, ALL, Permissions.READ);
      }
      case DECISION_INTEGRATION -> {
        // only its process right (casefile.CaseProcessRights)
      }
      case NATIONAL_COORDINATION -> {
        // aggregated statistics only: no engine data at all
      }
    }
    for (ProcessRight right : processRights) {
      if (right.role() == role) {
        ensure(groupId, Resources.PROCESS_DEFINITION, right.processKey(),
            right.permissions().toArray(Permission[]::new));
        if (right.starts()) {
          ensure(groupId, Resources.PROCESS_INSTANCE, ALL, Permissions.CREATE);
        }
      }
    }
  }

  private void ensure(String groupId, Resource resource, String resourceId, Permission... permissions) {
    List<Authorization> existing = authorizations.createAuthorizationQuery()
        .groupIdIn(groupId).resourceType(resource).resourceId(resourceId).list();
    Authorization authorization = existing.isEmpty()
        ? authorizations.createNewAuthorization(AUTH_TYPE_GRANT)
        : existing.get(0);
    authorization.setGroupId(groupId);
    authorization.setResource(resource);
    authorization.setResourceId(resourceId);
    for (Permission permission : permissions) {
      authorization.addPermission(permission);
    }
    authorizations.saveAuthorization(authorization);
  }
}
