package se.betanketid.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.betanketid.RestCalls;

/**
 * Crash and restart of the packaged app on its H2 file database: after a SIGKILL every case, task, variable
 * and timer is still there, and timers that fell due while the app was down fire after the restart.
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
