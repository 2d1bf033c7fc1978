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
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("caseNumber", caseNumber);
    values.put("applicantType", "SOCIAL_SERVICES");
    values.put("municipalityCode", "0180");
    values.put("policeRegion", "stockholm");
    values.put("coordinatorConsent", true);
    values.put("identificationDate", today.minusDays(3).toString());
    values.put("applicationDate", today.minusDays(2).toString());
    values.put("decisionDate", today.minusDays(1).toString());
    values.put("validUntil", today.plusDays(29).toString());
    values.put("permitValidUntil", today.plusDays(180).toString());
    values.put("guardianValidUntil", today.plusDays(29).toString());
    values.put("childLabel", "barn 1 av 1");
    values.put("childNumber", 1);
    values.put("childCount", 1);
    Map<String, Object> rest = new LinkedHashMap<>();
    values.forEach((name, value) -> rest.put(name, Map.of("value", value,
        "type", value instanceof Integer ? "Integer" : value instanceof Boolean ? "Boolean" : "String")));
    rest.put("child", Map.of("type", "Json", "value", "{\"childName\":\"Barnet Formulärsson\","
        + "\"childBirthDate\":\"2019-07-02\",\"childCitizenship\":\"Moldavien\",\"childCoverage\":\"none_known\"}"));
    rest.put("children", Map.of("type", "Json", "value", "[]"));
    return rest;
  }
}
