package se.betanketid.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.TaskService;
import se.betanketid.CaseFixtures;
import se.betanketid.RestCalls;
import se.betanketid.RestCalls.Answer;
import se.betanketid.calendar.EngineTime;

/**
 * An open task at a user task of a process, created through the REST API as admin (startBeforeActivity) with the
 * case data its expressions and form need: a case of Stockholm (0180, region stockholm) with consent.
 */
final class TaskAt {

  private static final AtomicInteger CASES = new AtomicInteger(70000);

  private TaskAt() {}

  static String create(RestCalls admin, TaskService tasks, String processKey, String activityId) {
    Map<String, Object> start = new LinkedHashMap<>();
    switch (processKey) {
      case "SocialServicesApplicationProcess" ->
          start.put("variables", CaseFixtures.socialServicesCase().restVariables());
      case "InvestigationLeaderApplicationProcess" ->
          start.put("variables", CaseFixtures.investigationLeaderCase().restVariables());
      default -> {
        String caseNumber = "BT-" + EngineTime.today().getYear() + "-" + CASES.incrementAndGet();
        start.put("businessKey", caseNumber);
        start.put("variables", calledProcessData(caseNumber));
      }
    }
    start.put("startInstructions", List.of(Map.of("type", "startBeforeActivity", "activityId", activityId)));
    Answer started = admin.post("/engine-rest/process-definition/key/" + processKey + "/start", start);
    assertThat(started.status()).as("start %s before %s: %s", processKey, activityId, started.body())
        .isEqualTo(200);
    JsonNode id = started.json().get("id");
    return tasks.createTaskQuery().processInstanceId(id.asText()).taskDefinitionKey(activityId).singleResult()
        .getId();
  }

  /** What ReflectionPeriodProcess and AccompanyingChildProcess receive from a case. */
  private static Map<String, Object> calledProcessData(String caseNumber) {
    var today = EngineTime.today();
    return CaseFixtures.calledProcessCase(caseNumber, "0180", "stockholm", today).with("coordinatorConsent", true)
        .with("decisionDate", today.minusDays(1).toString()).restVariables();
  }
}
