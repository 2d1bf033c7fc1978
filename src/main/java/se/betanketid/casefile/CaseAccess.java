package se.betanketid.casefile;

import java.util.LinkedHashSet;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.stereotype.Service;
import se.betanketid.identity.Role;

/**
 * Need-to-know: grants the groups that work a case READ on each of its process instances and their
 * history. Tasks get their candidate groups' permissions from Camunda itself.
 */
@Service
public class CaseAccess {

  /** The groups that may see the case whose variables the execution holds. */
  public Set<String> groupsOf(DelegateExecution execution) {
    Set<String> groups = new LinkedHashSet<>();
    Object municipality = execution.getVariable(CaseVariables.MUNICIPALITY_CODE);
    Object region = execution.getVariable(CaseVariables.POLICE_REGION);
    boolean investigationLeader =
        ApplicantType.INVESTIGATION_LEADER.name().equals(execution.getVariable(CaseVariables.APPLICANT_TYPE));
    if (municipality != null) {
      groups.add(Role.socialServicesGroup(municipality.toString()));
      groups.add(Role.managerGroup(municipality.toString()));
    }
    boolean consent = Boolean.TRUE.equals(execution.getVariable(CaseVariables.COORDINATOR_CONSENT))
        || Boolean.TRUE.equals(execution.getVariable(CaseVariables.REFERRED_BY_COORDINATOR));
    if (region != null && (consent || investigationLeader)) {
      groups.add(Role.coordinatorGroup(region.toString()));
    }
    if (investigationLeader && region != null) {
      groups.add(Role.investigationLeaderGroup(region.toString()));
    }
    return groups;
  }

  /** Grants the case's groups READ on this process instance and its history (without the user's checks). */
  public void grant(DelegateExecution execution) {
    String instanceId = execution.getProcessInstanceId();
    AuthorizationService authorizations = execution.getProcessEngineServices().getAuthorizationService();
    Set<String> groups = groupsOf(execution);
    Context.getCommandContext().runWithoutAuthorization(() -> {
      for (String group : groups) {
        save(authorizations, group, instanceId);
      }
      return null;
    });
  }

  /** {@link #mayRead(CommandContext, String)} in the running command; true outside one. */
  public static boolean currentUserMayRead(String caseNumber) {
    CommandContext context = Context.getCommandContext();
    return context == null || mayRead(context, caseNumber);
  }

  /**
   * Whether the user of the current command may read the case with this number (every case, like an
   * administrator, or some process instance of it or its history); true when no user is authenticated (the
   * engine's own work) or authorizations are off.
   */
  public static boolean mayRead(CommandContext context, String caseNumber) {
    Authentication user = context.getAuthentication();
    if (user == null || !context.getProcessEngineConfiguration().isAuthorizationEnabled()) {
      return true;
    }
    java.util.List<String> groups = user.getGroupIds() == null ? java.util.List.of() : user.getGroupIds();
    AuthorizationManager authorizations = context.getAuthorizationManager();
    if (authorizations.isAuthorized(user.getUserId(), groups, Permissions.READ, Resources.PROCESS_INSTANCE,
        Authorization.ANY)) {
      return true;
    }
    HistoryService history = context.getProcessEngineConfiguration().getHistoryService();
    java.util.List<HistoricProcessInstance> instances = context.runWithoutAuthorization(
        () -> history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseNumber).list());
    return instances.stream().anyMatch(instance -> authorizations.isAuthorized(user.getUserId(), groups,
        Permissions.READ, Resources.PROCESS_INSTANCE, instance.getId())
        || authorizations.isAuthorized(user.getUserId(), groups, HistoricProcessInstancePermissions.READ,
            Resources.HISTORIC_PROCESS_INSTANCE, instance.getId())
        || authorizations.isAuthorized(user.getUserId(), groups,
            org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_INSTANCE,
            Resources.PROCESS_DEFINITION, instance.getProcessDefinitionKey()));
  }

  private static void save(AuthorizationService authorizations, String group, String instanceId) {
    grant(authorizations, group, Resources.PROCESS_INSTANCE, instanceId, Permissions.READ);
    grant(authorizations, group, Resources.HISTORIC_PROCESS_INSTANCE, instanceId,
        HistoricProcessInstancePermissions.READ);
  }

  private static void grant(AuthorizationService authorizations, String group, Resource resource, String id,
      Permission permission) {
    Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    grant.setGroupId(group);
    grant.setResource(resource);
    grant.setResourceId(id);
    grant.addPermission(permission);
    authorizations.saveAuthorization(grant);
  }
}
