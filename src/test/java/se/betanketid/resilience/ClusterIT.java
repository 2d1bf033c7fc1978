package se.betanketid.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import se.betanketid.RestCalls;

/**
 * Two nodes of the packaged app on one PostgreSQL database share the job executor: every timer fires
 * exactly once, and when one node is killed mid-run the other takes over its jobs, so nothing is lost.
 * Runs in the postgres Maven profile (the database comes from .ci/run).
 */
class ClusterIT {

  static final int INSTANCES = 40;
  private final List<PackagedApp> nodes = new ArrayList<>();

  @AfterEach
  void stop() throws InterruptedException {
    for (PackagedApp node : nodes) {
      node.stop();
    }
  }

  @Test
  void timersFireExactlyOnceAndAKilledNodeLosesNothing() throws Exception {
    String url = System.getProperty("betanketid.cluster-test.url");
    Assumptions.assumeTrue(url != null, "needs PostgreSQL: ./mvnw verify -Ppostgres");
    String user = System.getProperty("spring.datasource.username");
    String password = System.getProperty("spring.datasource.password");
    emptyDatabase(url, user, password);

    PackagedApp nodeA = node("node-a", url, user, password).start();
    PackagedApp nodeB = node("node-b", url, user, password).start();
    RestCalls admin = nodeA.rest("admin");
    byte[] probe = getClass().getResourceAsStream("/resilience/RestartProbeProcess.bpmn").readAllBytes();
    assertThat(admin.deploy("cluster-probe", "RestartProbeProcess.bpmn", probe).status()).isEqualTo(200);
    List<String> instances = new ArrayList<>();
    for (int i = 0; i < INSTANCES; i++) {
      RestCalls via = i % 2 == 0 ? admin : nodeB.rest("admin");
      RestCalls.Answer started = via.post("/engine-rest/process-definition/key/RestartProbeProcess/start",
          Map.of("variables", Map.of("wait", Map.of("value", "PT" + (3 + i % 20) + "S", "type", "String"))));
      assertThat(started.status()).isEqualTo(200);
      instances.add(started.json().get("id").asText());
    }

    Thread.sleep(8_000); // some timers have fired, most are still waiting
    nodeB.kill();

    long deadline = System.nanoTime() + Duration.ofSeconds(150).toNanos();
    while (admin.get("/engine-rest/task?processDefinitionKey=RestartProbeProcess").json().size() < INSTANCES
        && System.nanoTime() < deadline) {
      Thread.sleep(1000);
    }
    for (String id : instances) {
      JsonNode fired = admin.get("/engine-rest/history/activity-instance?processInstanceId=" + id
          + "&activityId=TimerEvent_Wait&finished=true").json();
      assertThat(fired).as("timer of %s", id).hasSize(1);
      assertThat(admin.get("/engine-rest/task?processInstanceId=" + id).json()).as("task of %s", id).hasSize(1);
    }
    Map<String, Integer> byNode = new TreeMap<>();
    for (JsonNode log : admin.get("/engine-rest/history/job-log?processDefinitionKey=RestartProbeProcess"
        + "&successLog=true").json()) {
      byNode.merge(log.get("hostname").asText(), 1, Integer::sum);
    }
    System.out.println("Timers fired per node: " + byNode + " (node-b was killed after 8 s)");
    assertThat(byNode.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(INSTANCES);
  }

  private PackagedApp node(String name, String url, String user, String password) {
    PackagedApp node = new PackagedApp(Map.of(
        "spring.profiles.active", "postgres",
        "spring.datasource.url", url,
        "spring.datasource.username", user,
        "spring.datasource.password", password,
        "spring.mail.port", "1",
        "camunda.bpm.generic-properties.properties.hostname", name,
        "camunda.bpm.job-execution.lock-time-in-millis", "15000",
        "camunda.bpm.job-execution.max-wait", "2000"));
    nodes.add(node);
    return node;
  }

  private static void emptyDatabase(String url, String user, String password) throws Exception {
    try (Connection connection = DriverManager.getConnection(url, user, password);
        Statement statement = connection.createStatement()) {
      statement.execute("DROP SCHEMA public CASCADE");
      statement.execute("CREATE SCHEMA public");
    }
  }
}
