package se.betanketid.casefile;

import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.CachedDbEntity;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.DbEntityState;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;

/**
 * The variables of one process instance that the running engine command has created or changed so far (read from
 * the engine's entity cache before it is written): at a task's completion, exactly what was submitted.
 */
final class ChangedVariables {

  private ChangedVariables() {}

  static Set<String> of(String processInstanceId) {
    Set<String> names = new TreeSet<>();
    for (CachedDbEntity cached : Context.getCommandContext().getDbEntityManager().getDbEntityCache()
        .getCachedEntities()) {
      if (cached.getEntity() instanceof VariableInstanceEntity variable
          && processInstanceId.equals(variable.getProcessInstanceId())
          && (cached.getEntityState() == DbEntityState.TRANSIENT
              || cached.getEntityState() == DbEntityState.PERSISTENT && cached.isDirty())) {
        names.add(variable.getName());
      }
    }
    return names;
  }
}
