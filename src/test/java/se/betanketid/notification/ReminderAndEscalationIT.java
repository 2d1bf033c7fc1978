package se.betanketid.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static se.betanketid.notification.NotificationTestSetup.address;

import jakarta.mail.internet.MimeMessage;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/** The beans the processes call: sendReminder, sendEscalation, notifyChildWithoutCoverage. */
class ReminderAndEscalationIT extends NotificationTestCase {

  @Test
  void aReminderOnAnUnassignedTaskGoesToItsCandidates() {
    ProcessInstance instance = startCase(NotificationTestSetup.TEST_PROCESS, Map.of());
    String caseNumber = caseNumberOf(instance);
    deliver(caseNumber);
    TestMailServer.takeAll();
    Task task = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();

    fireTimer(instance, "BoundaryEvent_ReviewReminder");

    List<MimeMessage> mails = deliver(caseNumber);
    assertThat(recipientsOf(mails)).containsExactly(address("ntsw1"), address("ntsw2"));
    assertThat(subjectOf(mails.get(0))).isEqualTo("Påminnelse: Granska ärendet – " + caseNumber);
    assertThat(bodyOf(mails.get(0)))
        .contains("en uppgift i Betänketid är ännu inte klar")
        .contains("Ska vara klar: " + MailContent.swedish(task.getDueDate()))
        .contains("#/?task=" + task.getId());
  }

  @Test
  void aReminderOnAnAssignedTaskGoesToTheAssigneeOnly() {
    ProcessInstance instance = startCase(NotificationTestSetup.TEST_PROCESS, Map.of());
    String caseNumber = caseNumberOf(instance);
    Task task = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    taskService.setAssignee(task.getId(), "ntsw2");
    deliver(caseNumber);
    TestMailServer.takeAll();

    fireTimer(instance, "BoundaryEvent_ReviewReminder");

    List<MimeMessage> mails = deliver(caseNumber);
    assertThat(recipientsOf(mails)).containsExactly(address("ntsw2"));
    assertThat(subjectOf(mails.get(0))).startsWith("Påminnelse:");
  }

  @Test
  void anEscalationGoesToManagersAndCoordinatorsAndIsRecordedOnTheCase() {
    ProcessInstance instance = startCase(NotificationTestSetup.TEST_PROCESS, Map.of());
    String caseNumber = caseNumberOf(instance);
    deliver(caseNumber);
    TestMailServer.takeAll();
    Task task = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();

    Date firedAt = fireTimer(instance, "BoundaryEvent_ReviewOverdue");

    List<MimeMessage> mails = deliver(caseNumber);
    assertThat(recipientsOf(mails)).containsExactly(address("ntchef"), address("ntkoord"));
    assertThat(subjectOf(mails.get(0)))
        .isEqualTo("Eskalering i ärende " + caseNumber + ": Beslutet är inte registrerat");
    for (MimeMessage mail : mails) {
      assertThat(bodyOf(mail))
          .contains("Migrationsverkets beslut har inte registrerats i ärendet inom tidsfristen.")
          .contains("Uppgift: Granska ärendet – " + caseNumber)
          .contains("Skulle vara klar: " + MailContent.swedish(task.getDueDate()));
    }
    // every link opens a page its recipient may open: Cockpit for the manager, the task in Tasklist for the
    // coordinator (who cannot open Cockpit; the manager has no tasks)
    MimeMessage toManager = mails.stream().filter(mail -> recipientsOf(List.of(mail)).contains(address("ntchef")))
        .findFirst().orElseThrow();
    MimeMessage toCoordinator = mails.stream()
        .filter(mail -> recipientsOf(List.of(mail)).contains(address("ntkoord"))).findFirst().orElseThrow();
    assertThat(bodyOf(toManager)).contains("/camunda/app/cockpit/default/#/process-instance/" + instance.getId())
        .doesNotContain("#/?task=");
    assertThat(bodyOf(toCoordinator)).contains("/camunda/app/tasklist/default/#/?task=" + task.getId())
        .doesNotContain("/app/cockpit/");

    assertThat((String) runtimeService.getVariable(instance.getId(), "lastEscalation"))
        .startsWith("DECISION_OVERDUE " + firedAt.toInstant().atZone(se.betanketid.calendar.EngineTime.SWEDEN)
            .toLocalDate());
    HistoricActivityInstance escalation = historyService.createHistoricActivityInstanceQuery()
        .processInstanceId(instance.getId()).activityId("ServiceTask_EscalateReview").singleResult();
    HistoricVariableInstance kind = historyService.createHistoricVariableInstanceQuery()
        .activityInstanceIdIn(escalation.getId()).variableName("escalationKind").singleResult();
    assertThat(kind.getValue()).isEqualTo("DECISION_OVERDUE");
  }

  @Test
  void aChildWithoutCoverageIsToldAtOnceAndAnEscalationWithoutTaskToTheManagerOnly() {
    ProcessInstance instance = startCase(NotificationTestSetup.CHILD_TEST_PROCESS, Map.of());
    String caseNumber = caseNumberOf(instance);

    List<MimeMessage> alerts = deliver(caseNumber);
    assertThat(recipientsOf(alerts)).containsExactly(address("ntchef"), address("ntkoord"));
    assertThat(subjectOf(alerts.get(0))).isEqualTo("Barn utan uppehållsgrund i ärende " + caseNumber);
    assertThat(bodyOf(alerts.get(0)))
        .contains("Ett medföljande barn i ärende " + caseNumber + " saknar uppehållsgrund")
        .contains("#/process-instance/" + instance.getId());
    TestMailServer.takeAll();

    fireTimer(instance, "IntermediateTimer_GuardianPeriodEnding");

    List<MimeMessage> escalations = deliver(caseNumber);
    assertThat(recipientsOf(escalations)).containsExactly(address("ntchef"));
    assertThat(subjectOf(escalations.get(0)))
        .isEqualTo("Eskalering i ärende " + caseNumber + ": Barnets uppehållsgrund är inte säkrad");
    assertThat(bodyOf(escalations.get(0))).doesNotContain("Uppgift:").doesNotContain("Tasklist");
  }

  /** Moves the engine clock to the timer's due date and fires it; returns that time. */
  private Date fireTimer(ProcessInstance instance, String activityId) {
    Job timer = managementService.createJobQuery().processInstanceId(instance.getId()).activityId(activityId)
        .singleResult();
    ClockUtil.setCurrentTime(timer.getDuedate());
    managementService.executeJob(timer.getId());
    return timer.getDuedate();
  }
}
