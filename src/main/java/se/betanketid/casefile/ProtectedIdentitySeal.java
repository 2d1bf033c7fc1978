package se.betanketid.casefile;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.CachedDbEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricDetailEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandContextListener;
import org.camunda.bpm.engine.impl.persistence.entity.ByteArrayEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * Seals the identifying fields of a case with protected personal data when it opens, after the start has been
 * validated: the real values go to {@link ProtectedIdentityStore}, the engine keeps {@link ProtectedIdentity#MASK}
 * in their place (the person's fields, and each child's row in {@code children}), and the history entries that
 * the start wrote with the real values, not yet flushed in this transaction, are dropped, so that neither the
 * runtime, nor the history, nor any REST resource ever holds them.
 */
@Component
class ProtectedIdentitySeal {

  private final ProtectedIdentityStore store;

  ProtectedIdentitySeal(ProtectedIdentityStore store) {
    this.store = store;
  }

  void sealIfProtected(DelegateExecution execution, String caseNumber) {
    if (!ProtectedIdentity.isProtected(execution.getVariable(ProtectedIdentity.FLAG))) {
      return;
    }
    Map<String, String> person = new LinkedHashMap<>();
    for (String field : ProtectedIdentity.PERSON_FIELDS) {
      Object value = execution.getVariable(field);
      if (value != null) {
        person.put(field, value.toString());
      }
    }
    List<Map<String, String>> children = new ArrayList<>();
    SpinJsonNode rows = childrenOf(execution);
    if (rows != null) {
      for (SpinJsonNode row : rows.elements()) {
        Map<String, String> child = new LinkedHashMap<>();
        for (String field : ProtectedIdentity.CHILD_FIELDS) {
          if (row.isObject() && row.hasProp(field) && !row.prop(field).isNull()) {
            child.put(field, row.prop(field).isString() ? row.prop(field).stringValue() : row.prop(field).toString());
            row.prop(field, ProtectedIdentity.MASK);
          }
        }
        children.add(child);
      }
    }
    store.save(caseNumber, new ProtectedIdentityStore.Identity(person, children));
    Set<String> realValues = new java.util.HashSet<>(person.values());
    children.forEach(child -> realValues.addAll(child.values()));
    dropUnflushedHistory(execution.getProcessInstanceId(), realValues);
    for (String field : person.keySet()) {
      execution.setVariable(field, ProtectedIdentity.MASK);
    }
    if (rows != null) {
      execution.setVariable(CaseVariables.CHILDREN, SpinValues.jsonValue(rows.toString()).create());
    }
  }

  private static SpinJsonNode childrenOf(DelegateExecution execution) {
    Object value = execution.getVariable(CaseVariables.CHILDREN);
    if (value instanceof SpinJsonNode json && json.isArray()) {
      return org.camunda.spin.Spin.JSON(json.toString()); // a copy: the variable is replaced, not mutated
    }
    return null;
  }

  /**
   * The history details of this start that hold the real values are never written: the engine writes a start's
   * variable history when the instance has started, after this listener, so they are dropped when the command
   * closes, just before its flush.
   */
  private static void dropUnflushedHistory(String processInstanceId, Set<String> realValues) {
    Set<String> names = new java.util.HashSet<>(ProtectedIdentity.PERSON_FIELDS);
    names.add(CaseVariables.CHILDREN);
    Context.getCommandContext().registerCommandContextListener(new CommandContextListener() {
      @Override
      public void onCommandContextClose(CommandContext context) {
        DbEntityManager entities = context.getDbEntityManager();
        // not getCachedEntitiesByType(subclass): Camunda 7.24 compares the subclass with the cache wrapper's
        // class there and finds nothing
        for (CachedDbEntity cached : entities.getDbEntityCache().getCachedEntities()) {
          if (cached.getEntity() instanceof HistoricDetailEventEntity detail
              && processInstanceId.equals(detail.getProcessInstanceId()) && holdsAny(detail, names, realValues)) {
            if (detail instanceof HistoricVariableUpdateEventEntity update && update.getByteArrayId() != null) {
              ByteArrayEntity bytes = entities.getCachedEntity(ByteArrayEntity.class, update.getByteArrayId());
              if (bytes != null) {
                entities.delete(bytes);
              }
            }
            entities.delete(detail);
          }
        }
      }

      @Override
      public void onCommandFailed(CommandContext context, Throwable failure) {
        // nothing is flushed
      }
    });
  }

  /** A variable update or a start form's field of one of the names, holding one of the real values. */
  private static boolean holdsAny(HistoricDetailEventEntity detail, Set<String> names, Set<String> realValues) {
    String content;
    if (detail instanceof HistoricVariableUpdateEventEntity update && names.contains(update.getVariableName())) {
      byte[] bytes = update.getByteValue();
      content = (update.getTextValue() == null ? "" : update.getTextValue())
          + (bytes == null ? "" : new String(bytes, StandardCharsets.UTF_8));
    } else if (detail instanceof HistoricFormPropertyEventEntity field && names.contains(field.getPropertyId())) {
      content = field.getPropertyValue() == null ? "" : field.getPropertyValue().toString();
    } else {
      return false;
    }
    return realValues.stream().anyMatch(value -> !value.isEmpty() && content.contains(value));
  }
}
