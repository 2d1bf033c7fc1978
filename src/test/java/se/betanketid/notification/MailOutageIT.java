package se.betanketid.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.betanketid.notification.NotificationTestSetup.address;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import se.betanketid.RestCalls.Answer;
import se.betanketid.WebappSession;

/**
 * An SMTP outage is seen at once (a log line per failed attempt, "mail" DOWN in the health endpoint), and the
 * documented recovery, retrying the incident through the REST API or Cockpit, sends the mail at once (issue 15,
 * points 9 and 10).
 */
@ExtendWith(OutputCaptureExtension.class)
class MailOutageIT extends NotificationTestCase {

  @AfterEach
  void smtpUpAgain() {
    TestMailServer.start();
  }

  @Test
  void eachFailedAttemptIsLoggedOnceWithoutTheAddressAndMailIsDownWhileSendsFail(CapturedOutput output) {
    ProcessInstance instance = startCase(NotificationTestSetup.TEST_PROCESS, Map.of());
    String caseNumber = caseNumberOf(instance);
    QueuedMails.Queued queued = queuedMails(caseNumber).get(0);
    Job job = queued.job();
    String recipient = queued.recipientId();
    String kind = queued.kind();
    int logged = output.getAll().length();
    TestMailServer.stop();

    assertThatThrownBy(() -> managementService.executeJob(job.getId()));

    String log = output.getAll().substring(logged);
    assertThat(log).containsOnlyOnce("for case " + caseNumber + " not sent")
        .contains("E-mail " + kind + " for case " + caseNumber + " not sent, attempt 1 of 6 (")
        .containsPattern("next try \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}")
        .doesNotContain(address(recipient)).doesNotContain("@test.example");
    assertThat(managementService.createJobQuery().jobId(job.getId()).singleResult().getExceptionMessage())
        .startsWith("Mail server connection failed").doesNotContain("@");

    Answer anonymous = rest(null).get("/actuator/health");
    assertThat(anonymous.status()).isEqualTo(503);
    assertThat(anonymous.json().has("components")).as("no details without login: " + anonymous.body()).isFalse();
    JsonNode mail = rest("admin").get("/actuator/health").json().path("components").path("mail");
    assertThat(mail.path("status").asText()).isEqualTo("DOWN");
    assertThat(mail.path("details").path("failedSends").asInt()).isPositive();
    assertThat(mail.toString()).doesNotContain("@");
    assertThat(rest("sara").get("/actuator/health").json().has("components")).as("not for a social worker")
        .isFalse();

    TestMailServer.start();
    managementService.executeJob(job.getId());

    assertThat(received(caseNumber)).hasSize(1);
    JsonNode up = rest("admin").get("/actuator/health").json().path("components").path("mail");
    assertThat(up.path("status").asText()).isEqualTo("UP");
  }

  @Test
  void retryingTheIncidentThroughTheRestApiSendsTheMailAtOnce(CapturedOutput output) {
    String caseNumber = caseNumberOf(startCase(NotificationTestSetup.TEST_PROCESS, Map.of()));
    int logged = output.getAll().length();
    String jobId = failUntilIncident(caseNumber);
    String log = output.getAll().substring(logged);
    for (int attempt = 1; attempt <= 5; attempt++) {
      assertThat(log).containsOnlyOnce("for case " + caseNumber + " not sent, attempt " + attempt + " of 6 (");
    }
    assertThat(log).containsOnlyOnce("for case " + caseNumber + " not sent, attempt 6 of 6 (")
        .contains("no tries left");

    Answer retried = rest("admin").put("/engine-rest/job/" + jobId + "/retries", Map.of("retries", 1));

    assertThat(retried.status()).as(retried.body()).isEqualTo(204);
    assertDueNowAndSent(jobId, caseNumber);
  }

  @Test
  void retryingTheIncidentInCockpitSendsTheMailAtOnce() {
    String caseNumber = caseNumberOf(startCase(NotificationTestSetup.TEST_PROCESS, Map.of()));
    String jobId = failUntilIncident(caseNumber);
    WebappSession cockpit = WebappSession.login("http://localhost:" + port, "admin", "cockpit");

    Answer retried = cockpit.put(WebappSession.ENGINE + "/job/" + jobId + "/retries", Map.of("retries", 1));

    assertThat(retried.status()).as(retried.body()).isEqualTo(204);
    assertDueNowAndSent(jobId, caseNumber);
  }

  /** Runs the mail's job with SMTP down until its six tries are spent, as the job executor would over 5 h 21 min. */
  private String failUntilIncident(String caseNumber) {
    String jobId = mailJobs(caseNumber).get(0).getId();
    TestMailServer.stop();
    Date now = new Date(1_800_000_000_000L);
    while (managementService.createJobQuery().jobId(jobId).singleResult().getRetries() > 0) {
      ClockUtil.setCurrentTime(now);
      assertThatThrownBy(() -> managementService.executeJob(jobId));
      now = managementService.createJobQuery().jobId(jobId).singleResult().getDuedate();
    }
    assertThat(runtimeService.createIncidentQuery().configuration(jobId).count()).as("an incident").isOne();
    TestMailServer.start();
    ClockUtil.setCurrentTime(Date.from(Instant.ofEpochMilli(ClockUtil.getCurrentTime().getTime() + 1000)));
    return jobId;
  }

  /** Due now: the job executor takes it at its next round (jobs due, with retries, are what it looks for). */
  private void assertDueNowAndSent(String jobId, String caseNumber) {
    assertThat(managementService.createJobQuery().jobId(jobId).executable().count())
        .as("due at once, not after the last back-off of four hours").isOne();
    managementService.executeJob(jobId);
    assertThat(received(caseNumber)).as("sent once").hasSize(1);
  }
}
