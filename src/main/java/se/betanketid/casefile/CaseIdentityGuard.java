package se.betanketid.casefile;

import java.lang.reflect.Field;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
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

  /** The state as loaded, kept by the engine's cache ({@code CachedDbEntity.copy}) and used by isDirty(). */
  private static final Function<CachedDbEntity, Object> LOADED_STATE = loadedState();

  @Override
  public <T> T execute(Command<T> command) {
    T result = next.execute(command);
    CommandContext context = Context.getCommandContext();
    if (context != null && isPerson(context.getAuthentication())) {
      refuseChangedIdentity(context.getDbEntityManager().getDbEntityCache());
    }
    return result;
  }

  private static Function<CachedDbEntity, Object> loadedState() {
    try {
      Field copy = CachedDbEntity.class.getDeclaredField("copy");
      copy.setAccessible(true);
      return cached -> {
        try {
          return copy.get(cached);
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(e);
        }
      };
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException("Camunda's entity cache has changed: CachedDbEntity.copy is missing", e);
    }
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

  /**
   * A loaded variable whose stored value differs from what was loaded. Writing the same value back is no change:
   * a called process's variables flow back into the case ({@code camunda:out variables="all"}) with the same
   * number, municipality and route when the case stays open (an uncovered child keeps it so).
   */
  private static boolean changed(CachedDbEntity cached) {
    return cached.getEntityState() == DbEntityState.PERSISTENT && cached.isDirty()
        && !withoutCounter(LOADED_STATE.apply(cached)).equals(withoutCounter(cached.getEntity().getPersistentState()));
  }

  /** The engine counts every write of a variable, also of the same value. */
  private static Object withoutCounter(Object persistentState) {
    if (persistentState instanceof Map<?, ?> state) {
      Map<Object, Object> values = new HashMap<>(state);
      values.remove("sequenceCounter");
      return values;
    }
    return persistentState;
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
