package se.betanketid.casefile;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.CachedDbEntity;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.DbEntityCache;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.DbEntityState;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;
import se.betanketid.identity.Role;

/**
 * The variables that say whose case it is (its number, municipality, region, route, consent) are set when the case
 * opens and never change afterwards: a person who changed them (through a task's variables, say) would move the
 * case's next tasks to another municipality or region. At the end of every command a person runs, before anything
 * is written, this refuses any such change; the engine's own work and administrators are not checked.
 */
class CaseIdentityGuard extends CommandInterceptor {

  static final Set<String> CASE_IDENTITY = Set.of(CaseVariables.CASE_NUMBER, CaseVariables.MUNICIPALITY_CODE,
      CaseVariables.POLICE_REGION, CaseVariables.APPLICANT_TYPE, CaseVariables.VIA_REGIONAL_COORDINATOR,
      CaseVariables.COORDINATOR_CONSENT, CaseVariables.REFERRED_BY_COORDINATOR);

  @Override
  public <T> T execute(Command<T> command) {
    T result = next.execute(command);
    CommandContext context = Context.getCommandContext();
    if (context != null && isPerson(context.getAuthentication())) {
      refuseChangedIdentity(context.getDbEntityManager().getDbEntityCache());
    }
    return result;
  }

  private static boolean isPerson(Authentication user) {
    if (user == null) {
      return false;
    }
    List<String> groups = user.getGroupIds() == null ? List.of() : user.getGroupIds();
    return groups.stream().noneMatch(group -> Role.ofGroup(group).filter(Role.ADMIN::equals).isPresent());
  }

  private static void refuseChangedIdentity(DbEntityCache cache) {
    for (CachedDbEntity cached : cache.getCachedEntities()) {
      if (cached.getEntity() instanceof VariableInstanceEntity variable && CASE_IDENTITY.contains(variable.getName())
          && (changed(cached) || addedToAnExistingScope(cache, variable))) {
        throw new AuthorizationException("Fältet \"" + variable.getName() + "\" bestäms när ärendet öppnas och "
            + "kan inte ändras.");
      }
    }
  }

  private static boolean changed(CachedDbEntity cached) {
    return cached.getEntityState() == DbEntityState.PERSISTENT && cached.isDirty();
  }

  /** New here, but in an execution (or on a task) that existed before this command: not part of an opening. */
  private static boolean addedToAnExistingScope(DbEntityCache cache, VariableInstanceEntity variable) {
    if (cache.getCachedEntity(variable).getEntityState() != DbEntityState.TRANSIENT) {
      return false;
    }
    if (variable.getTaskId() != null) {
      TaskEntity task = cache.get(TaskEntity.class, variable.getTaskId());
      return task == null || !cache.isTransient(task);
    }
    ExecutionEntity execution = variable.getExecutionId() == null ? null
        : cache.get(ExecutionEntity.class, variable.getExecutionId());
    return execution == null || !cache.isTransient(execution);
  }
}
