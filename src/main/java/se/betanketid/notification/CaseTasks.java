package se.betanketid.notification;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** The open tasks of a process instance and their candidates, read without authorization checks. */
@Component
class CaseTasks {

  record Candidates(List<String> users, List<String> groups) {}

  private final TaskService tasks;
  private final CommandExecutor commands;

  CaseTasks(TaskService tasks, ProcessEngineConfigurationImpl engine) {
    this.tasks = tasks;
    this.commands = engine.getCommandExecutorTxRequired();
  }

  /** The active tasks of the process instance for a user task id of the BPMN (usually one). */
  List<Task> open(String processInstanceId, String taskDefinitionKey) {
    return commands.execute(context -> context.runWithoutAuthorization(() -> tasks.createTaskQuery()
        .processInstanceId(processInstanceId).taskDefinitionKey(taskDefinitionKey).active().list()));
  }

  Candidates candidatesOf(String taskId) {
    return commands.execute(context -> context.runWithoutAuthorization(() -> {
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
    }));
  }
}
