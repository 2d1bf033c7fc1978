package se.betanketid.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.betanketid.CaseFixtures;
import se.betanketid.RestCalls;
import se.betanketid.notification.TestMailServer;

/**
 * Crash and restart of the packaged app on its H2 file database: after a SIGKILL every case, task, variable
 * and timer is still there, timers that fell due while the app was down fire after the restart, and mails that
 * were being sent at the kill go out by themselves soon after it.
 */
class CrashRestartIT {

  static final Duration DUE_WHILE_DOWN = Duration.ofSeconds(15);
  private PackagedApp app;

  @AfterEach
  void stop() throws InterruptedException {
    if (app != null) {
      app.stop();
    }
  }

  @Test
  void nothingIsLostBySigkillAndDueTimersFireAfterRestart() throws Exception {
    Path data = Files.createTempDirectory(Path.of("target"), "crash-restart-");
    Map<String, String> settings = Map.of(
        // the options of application.yaml's URL, on a database of its own
        "spring.datasource.url", "jdbc:h2:file:" + data.toAbsolutePath()
            + "/betanketid;AUTO_SERVER=FALSE;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0",
        "spring.mail.port", "1");
    app = new PackagedApp(settings).start();
    RestCalls admin = app.rest("admin");
    byte[] probe = getClass().getResourceAsStream("/resilience/RestartProbeProcess.bpmn").readAllBytes();
    assertThat(admin.deploy("restart-probe", "RestartProbeProcess.bpmn", probe).status()).isEqualTo(200);

    List<String> dueWhileDown = new ArrayList<>();
    List<String> dueLater = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      dueWhileDown.add(startProbe(admin, "PT" + DUE_WHILE_DOWN.toSeconds() + "S"));
      dueLater.add(startProbe(admin, "P1D"));
    }
    JsonNode jobsBefore = admin.get("/engine-rest/job?processDefinitionKey=RestartProbeProcess&sortBy=jobId"
        + "&sortOrder=asc").json();
    long killedAt = System.nanoTime();

    app.kill();
    Thread.sleep(Math.max(0, DUE_WHILE_DOWN.toMillis() - (System.nanoTime() - killedAt) / 1_000_000 + 1000));
    app.start();

    admin = app.rest("admin");
    for (String id : dueLater) {
      assertThat(admin.get("/engine-rest/process-instance/" + id).status()).isEqualTo(200);
      assertThat(admin.get("/engine-rest/process-instance/" + id + "/variables/wait").json()
          .get("value").asText()).isEqualTo("P1D");
    }
    JsonNode laterJobs = admin.get("/engine-rest/job?processDefinitionKey=RestartProbeProcess&sortBy=jobId"
        + "&sortOrder=asc&timers=true").json();
    for (JsonNode job : jobsBefore) {
      if (dueLater.contains(job.get("processInstanceId").asText())) {
        assertThat(laterJobs.findValuesAsText("id")).contains(job.get("id").asText());
      }
    }
    for (String id : dueWhileDown) {
      awaitTask(admin, id, Duration.ofSeconds(90));
    }
  }

  /**
   * The SMTP server takes the connections and says nothing (a send hangs for up to its 5 s timeout): the mails'
   * jobs are locked by the app when it is killed. Camunda's default lock of 5 minutes held them that long after
   * the restart; with application.yaml's 60 s they go out within about a minute of the kill.
   */
  @Test
  void mailsBeingSentAtTheKillGoOutSoonAfterTheRestart() throws Exception {
    Path data = Files.createTempDirectory(Path.of("target"), "crash-mail-");
    try (SilentSmtp silent = new SilentSmtp()) {
      int smtpPort = silent.port();
      app = new PackagedApp(Map.of(
          "spring.datasource.url", "jdbc:h2:file:" + data.toAbsolutePath()
              + "/betanketid;AUTO_SERVER=FALSE;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0",
          "spring.mail.host", "127.0.0.1", "spring.mail.port", String.valueOf(smtpPort),
          "betanketid.mail.check-at-start", "false")).start();
      RestCalls.Answer started = app.rest("sara").post(
          "/engine-rest/process-definition/key/SocialServicesApplicationProcess/submit-form",
          Map.of("variables", CaseFixtures.socialServicesCase().restVariables()));
      assertThat(started.status()).as(started.body()).isEqualTo(200);
      int mails = app.rest("admin").get("/engine-rest/job?processDefinitionKey=MailNotificationProcess").json()
          .size();
      assertThat(mails).as("mails queued for the new case").isPositive();
      silent.awaitConnections(1, Duration.ofSeconds(30));

      app.kill();
      long killedAt = System.nanoTime();
      silent.close();
      GreenMail smtp = new GreenMail(TestMailServer.setup(smtpPort));
      smtp.start();
      try {
        app.start();
        boolean all = smtp.waitForIncomingEmail(Duration.ofSeconds(150).toMillis(), mails);
        long afterKill = (System.nanoTime() - killedAt) / 1_000_000_000;
        System.out.printf("Crash while sending: %d of %d mails out %d s after the kill (lock 60 s)%n",
            smtp.getReceivedMessages().length, mails, afterKill);
        assertThat(all).as("every mail out").isTrue();
        assertThat(afterKill).as("seconds after the kill; Camunda's default lock alone held them 300 s")
            .isLessThan(150);
        assertThat(smtp.getReceivedMessages()).as("each once (and those queued since)")
            .hasSizeGreaterThanOrEqualTo(mails).extracting(CrashRestartIT::recipientAndSubject)
            .doesNotHaveDuplicates();
        assertThat(app.rest("admin").get("/engine-rest/incident").json().size()).isZero();
      } finally {
        smtp.stop();
      }
    }
  }

  private static String recipientAndSubject(jakarta.mail.internet.MimeMessage mail) {
    try {
      return java.util.Arrays.toString(mail.getAllRecipients()) + " " + mail.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Takes SMTP connections and never answers; counts them. */
  private static final class SilentSmtp implements AutoCloseable {
    private final ServerSocket server = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
    private final List<Socket> connections = new CopyOnWriteArrayList<>();

    SilentSmtp() throws IOException {
      Thread accepting = new Thread(() -> {
        while (!server.isClosed()) {
          try {
            connections.add(server.accept());
          } catch (IOException closed) {
            return;
          }
        }
      }, "silent-smtp");
      accepting.setDaemon(true);
      accepting.start();
    }

    int port() {
      return server.getLocalPort();
    }

    void awaitConnections(int count, Duration timeout) throws InterruptedException {
      long deadline = System.nanoTime() + timeout.toNanos();
      while (connections.size() < count) {
        if (System.nanoTime() > deadline) {
          throw new AssertionError("No mail was sent within " + timeout);
        }
        Thread.sleep(50);
      }
    }

    @Override
    public void close() throws IOException {
      server.close();
      for (Socket connection : connections) {
        connection.close();
      }
    }
  }

  private static String startProbe(RestCalls admin, String wait) {
    RestCalls.Answer started = admin.post("/engine-rest/process-definition/key/RestartProbeProcess/start",
        Map.of("variables", Map.of("wait", Map.of("value", wait, "type", "String"))));
    assertThat(started.status()).isEqualTo(200);
    return started.json().get("id").asText();
  }

  private static void awaitTask(RestCalls admin, String instanceId, Duration timeout) throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (admin.get("/engine-rest/task?processInstanceId=" + instanceId).json().size() == 1) {
        return;
      }
      Thread.sleep(500);
    }
    throw new AssertionError("The timer of " + instanceId + " did not fire after the restart");
  }
}
