package se.betanketid.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.betanketid.notification.NotificationTestSetup.address;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Reliability: after commit only, retried with back-off while SMTP is down, an incident that re-sends. */
class MailDeliveryIT extends NotificationTestCase {

  @Autowired PlatformTransactionManager transactions;

  @AfterEach
  void smtpUpAgain() {
    TestMailServer.start();
  }

  @Test
  void whileSmtpIsDownTheMailWaitsAndArrivesAfterRecovery() {
    ProcessInstance instance = startCase(NotificationTestSetup.TEST_PROCESS, Map.of());
    String caseNumber = caseNumberOf(instance);
    Job job = mailJobs(caseNumber).get(0);
    TestMailServer.stop();

    Date failedAt = new Date();
    assertThatThrownBy(() -> managementService.executeJob(job.getId()));

    Job waiting = managementService.createJobQuery().jobId(job.getId()).singleResult();
    assertThat(waiting.getRetries()).as("retries left").isEqualTo(5);
    assertThat(waiting.getExceptionMessage()).contains("Mail server connection failed");
    assertThat(Duration.between(failedAt.toInstant(), waiting.getDuedate().toInstant()))
        .as("first back-off").isBetween(Duration.ofSeconds(50), Duration.ofSeconds(70));
    assertThat(taskService.createTaskQuery().processInstanceId(instance.getId()).count())
        .as("the case goes on").isOne();

    TestMailServer.start();
    managementService.executeJob(job.getId());

    assertThat(received(caseNumber)).hasSize(1);
  }

  @Test
  void aSentMailLeavesItsInstanceJobLogAndWhatWentToWhomInHistoryButNoStepsOrOtherVariables() {
    ProcessInstance instance = startCase(NotificationTestSetup.TEST_PROCESS, Map.of());
    String caseNumber = caseNumberOf(instance);
    String mail = queuedMails(caseNumber).get(0).getId();
    deliver(caseNumber);

    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(mail).finished().count())
        .isOne();
    assertThat(historyService.createHistoricJobLogQuery().processInstanceId(mail).successLog().count()).isOne();
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(mail).count()).isZero();
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(mail).list())
        .extracting(variable -> variable.getName())
        .containsExactlyInAnyOrder("caseNumber", "notificationKind", "recipientId");
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(mail)
        .variableName("caseNumber").singleResult().getValue()).isEqualTo(caseNumber);
    assertThat(historyService.createHistoricDetailQuery().processInstanceId(mail).count()).isZero();
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(instance.getId()).count())
        .as("the case's own history as before").isPositive();
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instance.getId()).count())
        .isPositive();
  }

  @Test
  void whenTheRetriesRunOutAnIncidentAppearsAndItsRetrySendsOnce() {
    ProcessInstance instance = startCase(NotificationTestSetup.TEST_PROCESS, Map.of());
    String caseNumber = caseNumberOf(instance);
    TestMailServer.stop();
    String jobId = mailJobs(caseNumber).get(0).getId();
    String mailInstance = managementService.createJobQuery().jobId(jobId).singleResult().getProcessInstanceId();
    String recipient = (String) runtimeService.getVariable(mailInstance, "recipientId");

    List<Duration> backOff = new ArrayList<>();
    Date now = new Date(1_800_000_000_000L);
    while (managementService.createJobQuery().jobId(jobId).singleResult().getRetries() > 0) {
      ClockUtil.setCurrentTime(now);
      assertThatThrownBy(() -> managementService.executeJob(jobId));
      Job failed = managementService.createJobQuery().jobId(jobId).singleResult();
      backOff.add(Duration.between(now.toInstant(), failed.getDuedate().toInstant()));
      now = failed.getDuedate();
    }

    assertThat(backOff).as("six tries: the first, then after PT1M,PT5M,PT15M,PT1H,PT4H").hasSize(6)
        .startsWith(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(15), Duration.ofHours(1),
            Duration.ofHours(4));
    Incident incident = runtimeService.createIncidentQuery().processInstanceId(mailInstance).singleResult();
    assertThat(incident.getIncidentType()).isEqualTo(Incident.FAILED_JOB_HANDLER_TYPE);
    assertThat(incident.getActivityId()).isEqualTo(MailNotificationProcess.SEND_MAIL_TASK);

    TestMailServer.start();
    managementService.setJobRetries(jobId, 1);     // Cockpit's "retry"
    managementService.executeJob(jobId);

    assertThat(runtimeService.createIncidentQuery().processInstanceId(mailInstance).count()).isZero();
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(mailInstance).count()).isZero();
    assertThat(recipientsOf(received(caseNumber))).containsExactly(address(recipient));
    assertThat(received(caseNumber)).as("sent once").hasSize(1);
  }

  @Test
  void aRolledBackCompletionSendsNothing() {
    ProcessInstance instance = startCase(NotificationTestSetup.TEST_PROCESS, Map.of("followUpBy", "ntother"));
    String caseNumber = caseNumberOf(instance);
    deliver(caseNumber);
    TestMailServer.takeAll();
    Task review = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();

    assertThatThrownBy(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
      taskService.complete(review.getId());
      assertThat(queuedMails(caseNumber)).as("queued inside the transaction").hasSize(1);
      throw new IllegalStateException("the caller fails after completing");
    })).hasMessageContaining("the caller fails");

    assertThat(queuedMails(caseNumber)).isEmpty();
    assertThat(taskService.createTaskQuery().taskId(review.getId()).count()).as("still open").isOne();
    assertThat(received(caseNumber)).isEmpty();
  }

  @Test
  void aMailInstanceHoldsNoPersonalData() {
    ProcessInstance instance = startCase(NotificationTestSetup.TEST_PROCESS, Map.of());
    List<String> names = queuedMails(caseNumberOf(instance)).stream()
        .flatMap(mail -> runtimeService.getVariables(mail.getId()).keySet().stream()).distinct().toList();

    assertThat(names).as("a new task's mail: no reason, no child, so those two are not stored")
        .containsExactlyInAnyOrder("notificationKind", "caseNumber", "taskId", "taskName", "taskDueDate",
            "recipientId", "sourceProcessInstanceId");
    deliver(caseNumberOf(instance));
  }
}
