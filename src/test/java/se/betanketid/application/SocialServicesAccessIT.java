package se.betanketid.application;

import static org.assertj.core.api.Assertions.assertThat;
import static se.betanketid.application.SocialServicesApplication.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import se.betanketid.CaseFixtures;
import se.betanketid.RestCalls;
import se.betanketid.RestCalls.Answer;

/**
 * Need-to-know through the REST API (as Tasklist uses it): the social workers of 0180 and the Stockholm
 * coordinators work the case, a social worker of 1480 sees nothing of it; and case numbers under load.
 */
class SocialServicesAccessIT extends SocialServicesTestCase {

  static final String SUBMIT = "/engine-rest/process-definition/key/" + PROCESS_KEY + "/submit-form";

  @Test
  void theMunicipalityAndTheRegionWorkTheCaseAndAnotherMunicipalitySeesNothing() {
    Answer started = rest("sara").post(SUBMIT,
        Map.of("variables", CaseFixtures.socialServicesCase().with("municipalityCode", null).restVariables()));
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    String id = started.json().get("id").asText();
    String caseNumber = started.json().get("businessKey").asText();
    assertThat(runtimeService.getVariable(id, "municipalityCode")).as("sara's own municipality").isEqualTo("0180");
    assertSeesNothing("nils", id, caseNumber);
    assertSeesNothing("alva", id, caseNumber);

    JsonNode advice = onlyTask("kim", id);
    assertThat(advice.get("name").asText()).isEqualTo("Ge råd om ansökan – " + caseNumber);
    assertThat(rest("sara").get("/engine-rest/task?processInstanceId=" + id).json()).isEmpty();
    complete("kim", advice, Map.of(COORDINATOR_ADVICE, "Ansök.", COORDINATOR_RECOMMENDATION, APPLY));

    JsonNode decide = onlyTask("sara", id);
    assertThat(decide.get("name").asText()).isEqualTo("Besluta om ansökan – " + caseNumber);
    assertThat(rest("sara").get("/engine-rest/process-instance?processInstanceIds=" + id).json()).hasSize(1);
    assertThat(rest("sara").get("/engine-rest/variable-instance?processInstanceIdIn=" + id).json()).isNotEmpty();
    assertSeesNothing("nils", id, caseNumber);
    Answer forbidden = complete("nils", decide, Map.of(APPLICATION_DECISION, APPLY));
    assertThat(forbidden.status()).isIn(403, 404);
    complete("sara", decide, decisionToApply());

    JsonNode submit = onlyTask("sara", id);
    assertThat(submit.get("name").asText()).isEqualTo("Skicka ansökan till Migrationsverket – " + caseNumber);
    complete("sara", submit, Map.of(APPLICATION_DATE, TODAY));

    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(id).activityIdIn(REFLECTION_PERIOD)
        .count()).isEqualTo(1);
    assertSeesNothing("nils", id, caseNumber);
    assertThat(rest("sara").get("/engine-rest/history/process-instance?processInstanceId=" + id).json()).hasSize(1);
    assertThat(rest("maria").get("/engine-rest/history/process-instance?processInstanceId=" + id).json()).hasSize(1);
  }

  @Test
  void twentyConcurrentStartsGetUniqueWellFormedCaseNumbers() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(20);
    List<Future<Answer>> starts = new ArrayList<>();
    try {
      for (int i = 0; i < 20; i++) {
        starts.add(pool.submit(() -> rest("sara").post(SUBMIT,
            Map.of("variables", CaseFixtures.socialServicesCase().restVariables()))));
      }
      List<String> numbers = new ArrayList<>();
      for (Future<Answer> start : starts) {
        Answer answer = start.get();
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        String caseNumber = answer.json().get("businessKey").asText();
        assertThat(runtimeService.getVariable(answer.json().get("id").asText(), "caseNumber")).isEqualTo(caseNumber);
        numbers.add(caseNumber);
      }
      assertThat(numbers).doesNotHaveDuplicates().allMatch(number -> number.matches("BT-2026-\\d{5}"));
      List<Integer> sequence = numbers.stream().map(number -> Integer.parseInt(number.substring(8))).sorted().toList();
      assertThat(sequence.get(19) - sequence.get(0)).as("sequential").isEqualTo(19);
    } finally {
      pool.shutdownNow();
    }
  }

  private void assertSeesNothing(String user, String id, String caseNumber) {
    RestCalls api = rest(user);
    assertThat(api.get("/engine-rest/task?processInstanceId=" + id).json()).as("tasks").isEmpty();
    assertThat(api.get("/engine-rest/task?processInstanceBusinessKey=" + caseNumber).json()).as("tasks").isEmpty();
    assertThat(api.get("/engine-rest/process-instance?processInstanceIds=" + id).json()).as("instances").isEmpty();
    assertThat(api.get("/engine-rest/process-instance?businessKey=" + caseNumber).json()).as("instances").isEmpty();
    assertThat(api.get("/engine-rest/process-instance/" + id).status()).isIn(403, 404);
    assertThat(api.get("/engine-rest/variable-instance?processInstanceIdIn=" + id).json()).as("variables").isEmpty();
    assertThat(api.get("/engine-rest/history/process-instance?processInstanceId=" + id).json()).as("history")
        .isEmpty();
    assertThat(api.get("/engine-rest/history/variable-instance?processInstanceId=" + id).json())
        .as("historic variables").isEmpty();
    assertThat(api.get("/engine-rest/history/task?processInstanceId=" + id).json()).as("historic tasks").isEmpty();
  }

  private JsonNode onlyTask(String user, String id) {
    JsonNode tasks = rest(user).get("/engine-rest/task?processInstanceId=" + id).json();
    assertThat(tasks).as(user + "'s tasks").hasSize(1);
    return tasks.get(0);
  }

  private Answer complete(String user, JsonNode task, Map<String, Object> values) {
    Map<String, Object> variables = new java.util.LinkedHashMap<>();
    values.forEach((key, value) -> variables.put(key, Map.of("value", value, "type", "String")));
    Answer answer = rest(user).post("/engine-rest/task/" + task.get("id").asText() + "/submit-form",
        Map.of("variables", variables));
    if (!user.equals("nils")) {
      assertThat(answer.status()).as(answer.body()).isEqualTo(204);
    }
    return answer;
  }
}
