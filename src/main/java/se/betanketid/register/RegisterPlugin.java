package se.betanketid.register;

import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import se.betanketid.calendar.EngineTime;
import se.betanketid.engine.EngineHook;
import se.betanketid.engine.EngineHooks;
import se.betanketid.engine.Hook;

/**
 * Plugs the register's writer into the engine: a history event handler beside the database's (process
 * instances started and ended, variables created and changed) and built-in task listeners on every user task
 * of a case's processes (created, assigned, changed, completed, deleted). Both run inside the engine's command,
 * so the register is written in the engine's transaction.
 */
@Component
class RegisterPlugin implements EngineHook {

  private static final List<String> TASK_EVENTS = List.of(TaskListener.EVENTNAME_CREATE,
      TaskListener.EVENTNAME_ASSIGNMENT, TaskListener.EVENTNAME_UPDATE, TaskListener.EVENTNAME_COMPLETE,
      TaskListener.EVENTNAME_DELETE);

  private final RegisterWriter writer;

  RegisterPlugin(@Lazy RegisterWriter writer) {
    this.writer = writer;
  }

  @Override
  public void addTo(EngineHooks engine) {
    engine.historyHandler(Hook.REGISTER, new Handler());
    engine.onUserTasks(Hook.REGISTER, RegisterNames.CASE_PROCESSES::contains, new TaskHooks(), TASK_EVENTS);
  }

  private final class Handler implements HistoryEventHandler {
    @Override
    public void handleEvent(HistoryEvent event) {
      if (event instanceof HistoricProcessInstanceEventEntity instance) {
        if (HistoryEventTypes.PROCESS_INSTANCE_START.getEventName().equals(instance.getEventType())) {
          writer.processStarted(instance.getProcessDefinitionKey(), instance.getProcessInstanceId(),
              root(instance), instance.getStartTime());
        } else if (HistoryEventTypes.PROCESS_INSTANCE_END.getEventName().equals(instance.getEventType())) {
          writer.processEnded(instance.getProcessDefinitionKey(), instance.getProcessInstanceId(), root(instance),
              instance.getEndTime());
        }
      } else if (event instanceof HistoricVariableUpdateEventEntity variable && variable.getTaskId() == null
          && (HistoryEvent.VARIABLE_EVENT_TYPE_CREATE.equals(variable.getEventType())
              || HistoryEvent.VARIABLE_EVENT_TYPE_UPDATE.equals(variable.getEventType()))
          && variable.getProcessInstanceId() != null) {
        writer.variable(variable.getProcessDefinitionKey(), variable.getProcessInstanceId(), root(variable),
            variable.getVariableName(), RegisterValues.of(variable),
            HistoryEvent.VARIABLE_EVENT_TYPE_CREATE.equals(variable.getEventType()), EngineTime.now());
      }
    }

    @Override
    public void handleEvents(List<HistoryEvent> events) {
      events.forEach(this::handleEvent);
    }

    private static String root(HistoryEvent event) {
      return event.getRootProcessInstanceId() != null ? event.getRootProcessInstanceId()
          : event.getProcessInstanceId();
    }
  }

  private final class TaskHooks implements TaskListener {
    @Override
    public void notify(DelegateTask task) {
      ExecutionEntity execution = (ExecutionEntity) task.getExecution();
      String caseId = execution.getRootProcessInstanceId();
      String event = task.getEventName();
      if (TaskListener.EVENTNAME_COMPLETE.equals(event) || TaskListener.EVENTNAME_DELETE.equals(event)) {
        writer.taskGone(task.getId(), caseId);
        return;
      }
      String holder = task.getAssignee() != null ? task.getAssignee()
          : task.getCandidates().stream().filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
              .map(link -> link.getGroupId() != null ? link.getGroupId() : link.getUserId())
              .sorted().collect(Collectors.joining(", "));
      writer.taskSaved(new RegisterWriter.TaskRow(task.getId(), caseId, task.getProcessInstanceId(),
          execution.getProcessDefinition().getKey(), task.getTaskDefinitionKey(), task.getName(),
          holder == null || holder.isEmpty() ? null : holder, task.getDueDate(),
          task.getCreateTime() == null ? EngineTime.now() : task.getCreateTime()));
    }
  }
}
