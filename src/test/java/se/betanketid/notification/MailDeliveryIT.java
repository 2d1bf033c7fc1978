package se.betanketid.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.betanketid.notification.NotificationTestSetup.address;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
  void aSentMailLeavesOnlyItsSendingInHistoryForThirtyDaysAndNoProcessInstance() {
    ProcessInstance instance = startCase(NotificationTestSetup.TEST_PROCESS, Map.of());
    String caseNumber = caseNumberOf(instance);
    long mailInstances = historyService.createHistoricProcessInstanceQuery()
        .processDefinitionKey(MailNotificationProcess.KEY).count();
    String jobId = mailJobs(caseNumber).get(0).getId();
    deliver(caseNumber);

    assertThat(historyService.createHistoricJobLogQuery().jobId(jobId).list())
        .as("its sending; not its queuing, which the sending repeats").singleElement()
        .satisfies(log -> {
          assertThat(log.isSuccessLog()).isTrue();
          assertThat(log.getJobDefinitionType()).isEqualTo(MailJob.NAME);
          assertThat(log.getProcessInstanceId()).isNull();
          assertThat(Duration.between(ClockUtil.getCurrentTime().toInstant(), log.getRemovalTime().toInstant()))
              .as("removed by the history cleanup after 30 days").isBetween(Duration.ofDays(30).minusMinutes(1),
                  Duration.ofDays(30));
        });
    assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey(MailNotificationProcess.KEY)
        .count()).as("no mail instance any more").isEqualTo(mailInstances);
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(instance.getId()).count())
        .as("the case's own history as before").isPositive();
  }

  @Test
  void aMailInstanceQueuedByAnEarlierVersionIsStillSent() {
    ProcessInstance instance = startCase(NotificationTestSetup.TEST_PROCESS, Map.of());
    String caseNumber = caseNumberOf(instance);
    QueuedMails.Queued queued = queuedMails(caseNumber).get(0);
    managementService.deleteJob(queued.job().getId());
    Map<String, Object> variables = Map.of("notificationKind", queued.kind(), "caseNumber", caseNumber,
        "taskId", queued.notification().taskId(), "taskName", queued.notification().taskName(),
        "taskDueDate", queued.notification().taskDueDate(), "recipientId", queued.recipientId());
    ProcessInstance old = runtimeService.startProcessInstanceByKey(MailNotificationProcess.KEY, variables);

    managementService.executeJob(managementService.createJobQuery().processInstanceId(old.getId()).singleResult()
        .getId());

    assertThat(recipientsOf(received(caseNumber))).containsExactly(address(queued.recipientId()));
    assertThat(subjectOf(received(caseNumber).get(0))).isEqualTo("Ny uppgift: " + queued.notification().taskName());
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(old.getId()).list())
        .extracting(variable -> variable.getName())
        .containsExactlyInAnyOrder("caseNumber", "notificationKind", "recipientId");
  }

  @Test
  void whenTheRetriesRunOutAnIncidentAppearsAndItsRetrySendsOnce() {
    ProcessInstance instance = startCase(NotificationTestSetup.TEST_PROCESS, Map.of());
    String caseNumber = caseNumberOf(instance);
    TestMailServer.stop();
    QueuedMails.Queued mail = queuedMails(caseNumber).get(0);
    String jobId = mail.job().getId();

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
    Incident incident = runtimeService.createIncidentQuery().configuration(jobId).singleResult();
    assertThat(incident.getIncidentType()).isEqualTo(Incident.FAILED_JOB_HANDLER_TYPE);
    assertThat(incident.getIncidentMessage()).contains("Mail server connection failed");
    assertThat(repositoryService.getProcessDefinition(incident.getProcessDefinitionId()).getKey())
        .as("filed under E-postavisering, of no instance").isEqualTo(MailNotificationProcess.KEY);
    assertThat(incident.getProcessInstanceId()).isNull();
    assertThat(managementService.createProcessDefinitionStatisticsQuery().includeIncidents().list())
        .as("what Cockpit's processes page counts").filteredOn(statistics -> statistics.getKey()
            .equals(MailNotificationProcess.KEY))
        .flatExtracting(statistics -> statistics.getIncidentStatistics())
        .anySatisfy(incidents -> assertThat(incidents.getIncidentCount()).isPositive());

    TestMailServer.start();
    managementService.setJobRetries(jobId, 1);     // the incident's retry
    managementService.executeJob(jobId);

    assertThat(runtimeService.createIncidentQuery().configuration(jobId).count()).isZero();
    assertThat(managementService.createJobQuery().jobId(jobId).count()).as("done").isZero();
    assertThat(recipientsOf(received(caseNumber))).containsExactly(address(mail.recipientId()));
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
  void aMailJobHoldsNoPersonalData() throws Exception {
    ProcessInstance instance = startCase(NotificationTestSetup.TEST_PROCESS, Map.of());
    List<String> names = new ArrayList<>();
    for (QueuedMails.Queued mail : queuedMails(caseNumberOf(instance))) {
      JsonNode payload = new ObjectMapper().readTree(mail.payload());
      payload.fieldNames().forEachRemaining(names::add);
      payload.get("notification").fieldNames().forEachRemaining(names::add);
    }

    assertThat(names.stream().distinct()).as("a new task's mail: no reason, no child, so those two are not stored")
        .containsExactlyInAnyOrder("notification", "recipientId", "kind", "caseNumber", "taskId", "taskName",
            "taskDueDate", "sourceProcessInstanceId");
    deliver(caseNumberOf(instance));
  }
}
