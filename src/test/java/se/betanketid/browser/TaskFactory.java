package se.betanketid.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import se.betanketid.CaseFixtures;
import se.betanketid.RestCalls;

/**
 * Creates an open task at a user task of a process through the REST API as admin (startBeforeActivity),
 * with the case data the task's expressions and form need. Cases of Göteborg (1480, region väst).
 */
final class TaskFactory {

  /** Each case differs (the duplicate-start guard refuses identical submissions within minutes). */
  private static final java.util.concurrent.atomic.AtomicInteger STARTS = new java.util.concurrent.atomic.AtomicInteger();

  private static final String MUNICIPALITY = "1480";

  /** Tasks whose candidate group the service task before them decides: the case starts at that service task. */
  private static final Map<String, String> STARTED_BEFORE =
      Map.of("UserTask_RecordNspSupport", "ServiceTask_NotifyCoordinatorOfDecline");

  private TaskFactory() {}

  static String taskAt(String processKey, String activityId) {
    return taskAt(RunningApp.rest("admin"), processKey, activityId);
  }

  /** The same through {@code admin}'s REST calls to an app of the caller's choice. */
  static String taskAt(RestCalls admin, String processKey, String activityId) {
    String businessKey = null;
    Map<String, Object> variables;
    switch (processKey) {
      case "SocialServicesApplicationProcess" -> variables =
          CaseFixtures.socialServicesCase().with("municipalityCode", MUNICIPALITY)
              .with("identityDocument", "pass " + STARTS.incrementAndGet()).restVariables();
      case "InvestigationLeaderApplicationProcess" -> variables =
          CaseFixtures.investigationLeaderCase().with("municipalityCode", MUNICIPALITY)
              .with("identityDocument", "pass " + STARTS.incrementAndGet()).restVariables();
      default -> {
        businessKey = "BT-" + LocalDate.now().getYear() + "-9" + ThreadLocalRandom.current().nextInt(1000, 9999);
        variables = caseData(businessKey);
      }
    }
    Map<String, Object> start = new LinkedHashMap<>();
    if (businessKey != null) {
      start.put("businessKey", businessKey);
    }
    start.put("variables", variables);
    start.put("startInstructions", List.of(Map.of("type", "startBeforeActivity",
        "activityId", STARTED_BEFORE.getOrDefault(activityId, activityId))));
    RestCalls.Answer started = admin.post("/engine-rest/process-definition/key/" + processKey + "/start", start);
    assertThat(started.status()).as("start %s before %s: %s", processKey, activityId, started.body())
        .isEqualTo(200);
    JsonNode tasks = admin.get("/engine-rest/task?processInstanceId=" + started.json().get("id").asText()
        + "&taskDefinitionKey=" + activityId).json();
    assertThat(tasks).as("task %s", activityId).hasSize(1);
    return tasks.get(0).get("id").asText();
  }

  /** What ReflectionPeriodProcess and AccompanyingChildProcess receive from a case (called processes). */
  private static Map<String, Object> caseData(String caseNumber) {
    LocalDate today = LocalDate.now(ZoneId.of("Europe/Stockholm"));
    return CaseFixtures.calledProcessCase(caseNumber, MUNICIPALITY, "vast", today)
        .with("concernReportDate", today.minusDays(1).toString()).with("initialAssessmentDate", today.toString())
        .restVariables();
  }
}
