package se.betanketid.casefile;

import java.util.LinkedHashSet;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import se.betanketid.validation.CaseValidationException;

/**
 * Camunda gives a task's assignee, owner and candidates read and update rights on the task, and through it on
 * the case's variables. So a task of a case may only be given (assigned, delegated, owned, made a candidate) to
 * the people of the case: members of the task's candidate groups or of the groups {@link CaseAccess} grants the
 * case to. The process model's own assignments when a task is created are not checked: they are the model's.
 */
class CaseAuthorizationProvider extends DefaultAuthorizationProvider {

  static final String FIELD = "userId";
  /** The state of a task while the process model creates it (TaskEntity.TaskState.STATE_INIT). */
  private static final String CREATING = "Init";

  private final CaseAccess access;

  CaseAuthorizationProvider(CaseAccess access) {
    this.access = access;
  }

  @Override
  public AuthorizationEntity[] newTaskAssignee(Task task, String oldAssignee, String newAssignee) {
    if (newAssignee != null && !isCandidateUser(task, newAssignee)) {
      requireOfTheCase(task, newAssignee);
    }
    return super.newTaskAssignee(task, oldAssignee, newAssignee);
  }

  @Override
  public AuthorizationEntity[] newTaskOwner(Task task, String oldOwner, String newOwner) {
    if (newOwner != null && !isCandidateUser(task, newOwner)) {
      requireOfTheCase(task, newOwner);
    }
    return super.newTaskOwner(task, oldOwner, newOwner);
  }

  /** Called when the link is already on the task: the user's own new candidacy does not count. */
  @Override
  public AuthorizationEntity[] newTaskUserIdentityLink(Task task, String userId, String type) {
    requireOfTheCase(task, userId);
    return super.newTaskUserIdentityLink(task, userId, type);
  }

  @Override
  public AuthorizationEntity[] newTaskGroupIdentityLink(Task task, String groupId, String type) {
    if (groupId != null && checked(task) && !access.groupsOf(((TaskEntity) task).getExecution()).contains(groupId)) {
      throw new CaseValidationException("groupId", "Gruppen \"" + groupId + "\" arbetar inte med ärendet "
          + caseNumber(task) + " och kan inte få uppgiften.");
    }
    return super.newTaskGroupIdentityLink(task, groupId, type);
  }

  private void requireOfTheCase(Task task, String userId) {
    if (userId == null || !checked(task)) {
      return;
    }
    Set<String> groups = caseGroups(task);
    IdentityService identities = Context.getProcessEngineConfiguration().getIdentityService();
    long memberships = Context.getCommandContext().runWithoutAuthorization(() -> groups.stream()
        .mapToLong(group -> identities.createUserQuery().userId(userId).memberOfGroup(group).count()).sum());
    if (memberships == 0) {
      throw new CaseValidationException(FIELD, "Uppgiften kan inte ges till \"" + userId + "\": bara den som "
          + "arbetar med ärendet " + caseNumber(task) + " kan få den.");
    }
  }

  /** A task of a case (not a standalone task), changed after the process model created it. */
  private static boolean checked(Task task) {
    return task instanceof TaskEntity entity && entity.getExecutionId() != null
        && !CREATING.equals(entity.getTaskState());
  }

  private Set<String> caseGroups(Task task) {
    TaskEntity entity = (TaskEntity) task;
    Set<String> groups = new LinkedHashSet<>();
    for (IdentityLink link : entity.getIdentityLinks()) {
      if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
        groups.add(link.getGroupId());
      }
    }
    ExecutionEntity execution = entity.getExecution();
    if (execution != null) {
      groups.addAll(access.groupsOf(execution));
    }
    return groups;
  }

  private static boolean isCandidateUser(Task task, String userId) {
    return ((TaskEntity) task).getIdentityLinks().stream()
        .anyMatch(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && userId.equals(link.getUserId()));
  }

  private static String caseNumber(Task task) {
    Object caseNumber = ((TaskEntity) task).getVariable(CaseVariables.CASE_NUMBER);
    return caseNumber == null ? "" : caseNumber.toString();
  }
}
