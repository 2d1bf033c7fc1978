package se.betanketid.casefile;

import java.lang.reflect.Field;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.PatchTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.RemoveTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.PropertyChange;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.variable.VariableMap;
import se.betanketid.validation.EditableFields;
import se.betanketid.validation.FactChange;

/**
 * A person's submission through a task (submit-form, complete with variables, the task's variables) changes only
 * (set or deleted) what the person can edit in the task's form ({@link EditableFields}). Before the command runs, a
 * changed read-only, disabled or hidden field is refused with a 400 and nothing is touched. Only whoever may work the
 * task gets that refusal: anybody else gets the engine's own and learns nothing more (its permission check is asked
 * before refusing; an accepted submission's is the one the command itself makes, not asked twice). An allowed change
 * of a stored fact is written to Camunda's user operation log of the task (operation {@code SetVariable}, the
 * variable as property, the values before and after): in the database, readable by whoever may read the case's
 * history, never in the application log. Local task variables are not the case's facts and are not checked.
 */
class FormSubmissionGuard extends CommandInterceptor {

  /** The operation log's value columns hold at most 4 000 characters. */
  static final int MAX_LOGGED = 4000;

  private final Supplier<EditableFields> editable;

  FormSubmissionGuard(Supplier<EditableFields> editable) {
    this.editable = editable;
  }

  @Override
  public <T> T execute(Command<T> command) {
    CommandContext context = Context.getCommandContext();
    Submission submission = context == null || context.getAuthentication() == null ? null
        : Submission.of(command, context);
    List<FactChange> changes = submission == null ? List.of() : submission.check(editable.get(), command, context);
    T result = next.execute(command);
    if (!changes.isEmpty()) {
      context.getOperationLogManager().logTaskOperations(UserOperationLogEntry.OPERATION_TYPE_SET_VARIABLE,
          submission.task(), changes.stream().map(FormSubmissionGuard::logged).toList());
    }
    return result;
  }

  private static PropertyChange logged(FactChange change) {
    return new PropertyChange(change.field(), shortened(change.before()), shortened(change.after()));
  }

  private static String shortened(String value) {
    return value.length() <= MAX_LOGGED ? value : value.substring(0, MAX_LOGGED - 1) + "…";
  }

  /** What a person submits to a task with a form, and what the form showed before. */
  private record Submission(TaskEntity task, String formId, Map<String, Object> stored,
      Map<String, Object> submitted) {

    @SuppressWarnings("unchecked")
    static Submission of(Command<?> command, CommandContext context) {
      String taskId;
      Map<String, ?> submitted;
      if (command instanceof CompleteTaskCmd || command instanceof SubmitTaskFormCmd) {
        taskId = (String) read(command, "taskId");
        submitted = (Map<String, ?>) read(command, command instanceof CompleteTaskCmd ? "variables" : "properties");
      } else if ((command instanceof SetTaskVariablesCmd || command instanceof PatchTaskVariablesCmd
          || command instanceof RemoveTaskVariablesCmd) && !(Boolean) read(command, "isLocal")) {
        taskId = (String) read(command, "entityId");
        Map<String, ?> set = command instanceof RemoveTaskVariablesCmd ? null
            : (Map<String, ?>) read(command, "variables");
        Collection<String> deleted = command instanceof PatchTaskVariablesCmd
            ? (Collection<String>) read(command, "deletions")
            : command instanceof RemoveTaskVariablesCmd ? (Collection<String>) read(command, "variableNames") : null;
        submitted = withDeletions(set, deleted);
      } else {
        return null;
      }
      if (taskId == null || submitted == null || submitted.isEmpty()) {
        return null;
      }
      TaskEntity task = context.getTaskManager().findTaskById(taskId);
      String formId = task == null ? null : formIdOf(task.getTaskDefinition());
      if (formId == null) {
        return null;
      }
      return new Submission(task, formId, typed(task.getVariablesTyped(false)), typed(submitted));
    }

    /**
     * The facts the submission changes, or the refusal of a field the person cannot edit: given only to whoever may
     * work the task (or set its variables); anybody else gets the engine's own refusal.
     */
    List<FactChange> check(EditableFields editable, Command<?> command, CommandContext context) {
      try {
        return editable.check(formId, stored, submitted);
      } catch (RuntimeException refused) {
        for (CommandChecker checker : context.getProcessEngineConfiguration().getCommandCheckers()) {
          if (command instanceof CompleteTaskCmd || command instanceof SubmitTaskFormCmd) {
            checker.checkTaskWork(task);
          } else {
            checker.checkUpdateTaskVariable(task);
          }
        }
        throw refused;
      }
    }

    /** The values set, and a deleted variable as set to nothing. */
    private static Map<String, ?> withDeletions(Map<String, ?> set, Collection<String> deleted) {
      if (deleted == null || deleted.isEmpty()) {
        return set;
      }
      Map<String, Object> all = new java.util.HashMap<>();
      deleted.forEach(name -> all.put(name, null));
      if (set != null) {
        all.putAll(typed(set));
      }
      return all;
    }

    /** Typed values as they are (a Json value not deserialized stays so: reading it could fail). */
    private static Map<String, Object> typed(Map<String, ?> values) {
      Map<String, Object> copy = new java.util.HashMap<>();
      for (String name : values.keySet()) {
        Object value = values instanceof VariableMap variables ? variables.getValueTyped(name) : values.get(name);
        copy.put(name, value);
      }
      return copy;
    }

    /** The task's Camunda Form ({@code camunda:formRef}), when given as a plain id. */
    private static String formIdOf(TaskDefinition definition) {
      Expression key = definition == null ? null : definition.getCamundaFormDefinitionKey();
      String text = key == null ? null : key.getExpressionText();
      return text == null || text.isBlank() || text.contains("{") ? null : text;
    }

    private static Object read(Object command, String name) {
      for (Class<?> type = command.getClass(); type != null; type = type.getSuperclass()) {
        try {
          Field field = type.getDeclaredField(name);
          field.setAccessible(true);
          return field.get(command);
        } catch (NoSuchFieldException e) {
          // declared further up
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(e);
        }
      }
      throw new IllegalStateException("Camunda's " + command.getClass().getSimpleName() + " has no field " + name);
    }
  }
}
