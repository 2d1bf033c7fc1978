package se.betanketid.notification;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import se.betanketid.engine.Commands;

/**
 * The open tasks of a process instance and their candidates, read without authorization checks, for the delegates
 * that remind and escalate (inside the engine's command that runs them).
 */
@Component
class CaseTasks {

  record Candidates(List<String> users, List<String> groups) {}

  private final TaskService tasks;

  CaseTasks(TaskService tasks) {
    this.tasks = tasks;
  }

  /** The active tasks of the process instance for a user task id of the BPMN (usually one). */
  List<Task> open(String processInstanceId, String taskDefinitionKey) {
    return Commands.withoutAuthorization(() -> tasks.createTaskQuery()
        .processInstanceId(processInstanceId).taskDefinitionKey(taskDefinitionKey).active().list());
  }

  Candidates candidatesOf(String taskId) {
    return Commands.withoutAuthorization(() -> {
      List<String> users = new ArrayList<>();
      List<String> groups = new ArrayList<>();
      for (IdentityLink link : tasks.getIdentityLinksForTask(taskId)) {
        if (IdentityLinkType.CANDIDATE.equals(link.getType())) {
          if (link.getGroupId() != null) {
            groups.add(link.getGroupId());
          } else if (link.getUserId() != null) {
            users.add(link.getUserId());
          }
        }
      }
      return new Candidates(users, groups);
    });
  }
}
