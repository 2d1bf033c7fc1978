package se.betanketid.readlog;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.impl.HistoricDetailQueryImpl;
import org.camunda.bpm.engine.impl.HistoricVariableInstanceQueryImpl;
import org.camunda.bpm.engine.impl.NativeHistoricVariableInstanceQueryImpl;
import org.camunda.bpm.engine.impl.VariableInstanceQueryImpl;
import org.camunda.bpm.engine.impl.cmd.GetExecutionVariableCmd;
import org.camunda.bpm.engine.impl.cmd.GetExecutionVariableTypedCmd;
import org.camunda.bpm.engine.impl.cmd.GetExecutionVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskFormVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskVariableCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskVariableCmdTyped;
import org.camunda.bpm.engine.impl.cmd.GetTaskVariablesCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.CachedDbEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricDetailEventEntity;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.HistoricVariableInstanceEntity;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;
import se.betanketid.casefile.CaseVariables;

/**
 * The one place where reads of a case's data through the engine are seen, whichever way they came: Tasklist's and
 * Cockpit's calls ({@code /camunda/api/engine}), the REST API ({@code /engine-rest}), the engine's Java API. After a
 * command that reads variables (a task's form variables, a task's or execution's variables, the variable instance
 * query, the history's variable instances and details) has run for an authenticated person, the variables the engine
 * loaded for it (its entity cache) name the process instances read, and their root instances the cases (the engine's
 * own entities hold the root; the case register maps a root to its case); the cases are logged, one row per case.
 * Not logged: a refused read (the command throws), a read that found nothing, a read of the case number alone, and the
 * engine's own work: commands without an authenticated user (job executor) and commands run inside another command
 * (listeners, delegates, the register's writer, the mails).
 */
class ReadLogInterceptor extends CommandInterceptor {

  /** The commands that hand variable values to their caller, and through what the person reads them. */
  private static final Map<Class<?>, Channel> READS = Map.ofEntries(
      Map.entry(GetTaskFormVariablesCmd.class, Channel.TASK_FORM),
      Map.entry(GetTaskVariablesCmd.class, Channel.VARIABLES),
      Map.entry(GetTaskVariableCmd.class, Channel.VARIABLES),
      Map.entry(GetTaskVariableCmdTyped.class, Channel.VARIABLES),
      Map.entry(GetExecutionVariablesCmd.class, Channel.VARIABLES),
      Map.entry(GetExecutionVariableCmd.class, Channel.VARIABLES),
      Map.entry(GetExecutionVariableTypedCmd.class, Channel.VARIABLES),
      Map.entry(VariableInstanceQueryImpl.class, Channel.VARIABLES),
      Map.entry(HistoricVariableInstanceQueryImpl.class, Channel.HISTORY),
      Map.entry(NativeHistoricVariableInstanceQueryImpl.class, Channel.HISTORY),
      Map.entry(HistoricDetailQueryImpl.class, Channel.HISTORY));

  private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);

  private final ReadLog log;

  ReadLogInterceptor(ReadLog log) {
    this.log = log;
  }

  @Override
  public <T> T execute(Command<T> command) {
    int[] depth = DEPTH.get();
    depth[0]++;
    try {
      T result = next.execute(command);
      Channel channel = depth[0] == 1 ? READS.get(command.getClass()) : null;
      if (channel != null) {
        logRead(Context.getCommandContext(), channel, NamesAsked.of(command));
      }
      return result;
    } finally {
      depth[0]--;
    }
  }

  private void logRead(CommandContext context, Channel channel, Set<String> asked) {
    Authentication user = context == null ? null : context.getAuthentication();
    if (user == null || user.getUserId() == null) {
      return;
    }
    Set<String> roots = new LinkedHashSet<>();
    Set<String> runtimeInstances = new LinkedHashSet<>();
    for (CachedDbEntity cached : context.getDbEntityManager().getDbEntityCache().getCachedEntities()) {
      Object entity = cached.getEntity();
      if (entity instanceof VariableInstanceEntity variable) {
        if (counts(asked, variable.getName(), variable.getProcessInstanceId())) {
          runtimeInstances.add(variable.getProcessInstanceId());
        }
      } else if (entity instanceof HistoricVariableInstanceEntity variable) {
        if (counts(asked, variable.getName(), variable.getProcessInstanceId())) {
          roots.add(rootOf(variable.getRootProcessInstanceId(), variable.getProcessInstanceId()));
        }
      } else if (entity instanceof HistoricDetailEventEntity detail && detail.getProcessInstanceId() != null) {
        roots.add(rootOf(detail.getRootProcessInstanceId(), detail.getProcessInstanceId()));
      }
    }
    // a running instance's root: its process instance's execution, mostly in the command's cache already
    for (String instance : runtimeInstances) {
      ExecutionEntity execution = context.getExecutionManager().findExecutionById(instance);
      roots.add(execution == null ? instance : rootOf(execution.getRootProcessInstanceId(), instance));
    }
    if (!roots.isEmpty()) {
      log.casesRead(user.getUserId(), roots, channel);
    }
  }

  private static String rootOf(String root, String processInstanceId) {
    return root != null ? root : processInstanceId;
  }

  /**
   * A variable the person got: the engine loads all of a scope's variables when one is asked for, so only those
   * asked for count (all when the command names none); the case number alone is no personal data.
   */
  private static boolean counts(Set<String> asked, String name, String processInstanceId) {
    return processInstanceId != null && !CaseVariables.CASE_NUMBER.equals(name)
        && (asked == null || name == null || asked.contains(name));
  }
}
