package se.betanketid.notification;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.beans.factory.ObjectProvider;
import se.betanketid.engine.Commands;

/**
 * Built-in listener on every user task (added by {@link TaskNotificationPlugin}). A new task without an
 * assignee: its candidate groups' members and candidate users are told. A task assigned: the assignee is
 * told, unless they took it themselves (claim): they know already.
 */
class TaskNotificationListener implements TaskListener {

  private final ObjectProvider<NotificationQueue> queue;

  TaskNotificationListener(ObjectProvider<NotificationQueue> queue) {
    this.queue = queue;
  }

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_CREATE.equals(task.getEventName()) && task.getAssignee() == null) {
      List<String> users = new ArrayList<>();
      List<String> groups = new ArrayList<>();
      for (IdentityLink link : task.getCandidates()) {
        if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
          groups.add(link.getGroupId());
        } else if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getUserId() != null) {
          users.add(link.getUserId());
        }
      }
      queue.getObject().queue(Notification.about(NotificationKind.NEW_TASK, task), users, groups);
    } else if (EVENTNAME_ASSIGNMENT.equals(task.getEventName()) && task.getAssignee() != null
        && !task.getAssignee().equals(currentUser(task))) {
      queue.getObject().queue(Notification.about(NotificationKind.TASK_ASSIGNED, task),
          List.of(task.getAssignee()), List.of());
    }
  }

  private static String currentUser(DelegateTask task) {
    return Commands.currentUser(task.getProcessEngineServices()).map(Commands.User::id).orElse(null);
  }
}
