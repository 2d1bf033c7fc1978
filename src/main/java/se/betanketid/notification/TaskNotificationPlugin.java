package se.betanketid.notification;

import java.util.List;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import se.betanketid.engine.EngineHook;
import se.betanketid.engine.EngineHooks;
import se.betanketid.engine.Hook;

/**
 * Adds the built-in {@link TaskNotificationListener} (create and assignment) to every user task of every
 * deployed process: no BPMN needs anything for new-task and assignment e-mails, and
 * {@code skipCustomListeners} cannot switch them off.
 */
@Component
class TaskNotificationPlugin implements EngineHook {

  private final TaskListener listener;

  TaskNotificationPlugin(ObjectProvider<NotificationQueue> queue) {
    this.listener = new TaskNotificationListener(queue);
  }

  @Override
  public void addTo(EngineHooks engine) {
    engine.onUserTasks(Hook.TASK_NOTIFICATION, anyProcess -> true, listener,
        List.of(TaskListener.EVENTNAME_CREATE, TaskListener.EVENTNAME_ASSIGNMENT));
  }
}
