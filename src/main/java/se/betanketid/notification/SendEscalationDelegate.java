package se.betanketid.notification;

import java.time.format.DateTimeFormatter;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import se.betanketid.calendar.EngineTime;

/**
 * The escalation service tasks after a non-interrupting boundary timer
 * ({@code camunda:delegateExpression="${sendEscalation}"}; input parameters {@code escalationKind},
 * {@code escalateTo}, optional {@code taskDefinitionKey}). Tells the municipality's managers and/or the
 * region's coordinators, records {@code lastEscalation} ("KIND time") on the case and keeps
 * {@code escalationKind} as a local variable of the service task's activity instance (the statistics read it
 * from history).
 */
@Component("sendEscalation")
class SendEscalationDelegate implements JavaDelegate {

  static final String ESCALATION_KIND = "escalationKind";
  static final String ESCALATE_TO = "escalateTo";
  static final String LAST_ESCALATION = "lastEscalation";
  private static final Logger LOG = LoggerFactory.getLogger(SendEscalationDelegate.class);

  private final EscalationGroups escalationGroups;
  private final CaseTasks caseTasks;
  private final NotificationQueue queue;

  SendEscalationDelegate(EscalationGroups escalationGroups, CaseTasks caseTasks, NotificationQueue queue) {
    this.escalationGroups = escalationGroups;
    this.caseTasks = caseTasks;
    this.queue = queue;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object kind = execution.getVariable(ESCALATION_KIND);
    if (kind == null || kind.toString().isBlank()) {
      throw new IllegalStateException("Escalation " + execution.getCurrentActivityId()
          + " needs the input parameter " + ESCALATION_KIND);
    }
    String escalationKind = kind.toString().strip();
    List<String> groups = escalationGroups.of(execution, (String) execution.getVariable(ESCALATE_TO));
    String caseNumber = CaseNumberOf.execution(execution);

    execution.setVariableLocal(ESCALATION_KIND, escalationKind);
    execution.setVariable(LAST_ESCALATION, escalationKind + " "
        + DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(EngineTime.toZoned(EngineTime.now()).withNano(0)));

    Object taskKey = execution.getVariable(SendReminderDelegate.TASK_DEFINITION_KEY);
    List<Task> tasks = taskKey == null || taskKey.toString().isBlank()
        ? List.of() : caseTasks.open(execution.getProcessInstanceId(), taskKey.toString());
    if (tasks.isEmpty()) {
      queue.queueToGroups(Notification.aboutCase(NotificationKind.ESCALATION, execution, escalationKind),
          groups);
    }
    for (Task task : tasks) {
      queue.queueToGroups(Notification.about(NotificationKind.ESCALATION, execution, task, escalationKind),
          groups);
    }
    LOG.info("Escalation {} in case {} to {}", escalationKind, caseNumber, groups);
  }
}
