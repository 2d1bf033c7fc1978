package se.betanketid.identity;

import java.util.List;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;

/**
 * A right of a role's groups on one process definition, declared as a bean by the package that owns the process
 * keys ({@code casefile.CaseProcessRights}); {@link RoleAuthorizations} grants it with the role's other rights.
 * (identity is below casefile, so it names no process itself.)
 */
public record ProcessRight(Role role, String processKey, List<Permission> permissions) {

  /** May see the process and start it (with the right to create process instances). */
  public static ProcessRight mayStart(Role role, String processKey) {
    return new ProcessRight(role, processKey,
        List.of(ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE));
  }

  public static ProcessRight of(Role role, String processKey, Permission... permissions) {
    return new ProcessRight(role, processKey, List.of(permissions));
  }

  boolean starts() {
    return permissions.contains(ProcessDefinitionPermissions.CREATE_INSTANCE);
  }
}
