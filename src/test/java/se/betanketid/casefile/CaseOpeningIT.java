package se.betanketid.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import se.betanketid.ProcessTestCase;
import se.betanketid.RestCalls.Answer;

/** Opening a case through the REST API: case number, derived variables, validation, access. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseOpeningIT extends ProcessTestCase {

  static final String KEY = TestProcessDeployment.KEY;
  static final String SUBMIT = TestProcessDeployment.SUBMIT;


  @BeforeAll
  void deployTestProcess() {
    TestProcessDeployment.deploy(processEngine);
  }

  static Map<String, Object> form(Map<String, Object> overrides) {
    Map<String, Object> variables = new java.util.LinkedHashMap<>(Map.of(
        "personName", Map.of("value", "Testa Personsdottir", "type", "String"),
        "personBirthDate", Map.of("value", "1998-03-14", "type", "String"),
        "exploitationForms", Map.of("value", "[\"sexual\"]", "type", "Json"),
        "children", Map.of("value", "[{\"childName\":\"Barnet\"}]", "type", "Json")));
    variables.putAll(overrides);
    return Map.of("variables", variables);
  }

  @Test
  void opensCaseWithNumberAndOwnMunicipality() {
    Answer started = rest("sara").post(SUBMIT, form(Map.of()));

    assertThat(started.status()).isEqualTo(200);
    ProcessInstance instance = runtimeService.createProcessInstanceQuery()
        .processInstanceId(started.json().get("id").asText()).singleResult();
    assertThat(instance.getBusinessKey()).matches("BT-\\d{4}-\\d{5}");
    Map<String, Object> variables = runtimeService.getVariables(instance.getId());
    assertThat(variables).containsEntry("caseNumber", instance.getBusinessKey())
        .containsEntry("municipalityCode", "0180").containsEntry("policeRegion", "stockholm")
        .containsEntry("viaRegionalCoordinator", false);
    Task task = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    assertThat(task.getName()).isEqualTo("Besluta – " + instance.getBusinessKey());
  }

  @Test
  void missingRequiredFieldIsRefusedInSwedishAndNothingStarts() {
    long before = runtimeService.createProcessInstanceQuery().processDefinitionKey(KEY).count();

    Answer refused = rest("sara").post(SUBMIT, form(Map.of("personName", Map.of("value", " ", "type", "String"))));

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().get("message").asText()).isEqualTo("Fältet \"Namn\" måste fyllas i.");
    assertThat(refused.json().get("field").asText()).isEqualTo("personName");
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(KEY).count()).isEqualTo(before);
  }

  @Test
  void badValuesAreRefused() {
    assertRefused(Map.of("personBirthDate", Map.of("value", "2026-02-30", "type", "String")), "personBirthDate");
    assertRefused(Map.of("personName", Map.of("value", 42, "type", "Integer")), "personName");
    assertRefused(Map.of("personName", Map.of("value", "x".repeat(201), "type", "String")), "personName");
    assertRefused(Map.of("municipalityCode", Map.of("value", "9999", "type", "String")), "municipalityCode");
    assertRefused(Map.of("municipalityCode", Map.of("value", "01800", "type", "String")), "municipalityCode");
    assertRefused(Map.of("exploitationForms", Map.of("value", "[\"slavery\"]", "type", "Json")),
        "exploitationForms");
    assertRefused(Map.of("children", Map.of("value", "[{\"childName\":\"\"}]", "type", "Json")), "childName");
    assertRefused(Map.of("caseNumber", Map.of("value", "BT-2026-99999", "type", "String")), "caseNumber");
  }

  private void assertRefused(Map<String, Object> overrides, String field) {
    Answer refused = rest("sara").post(SUBMIT, form(overrides));
    assertThat(refused.status()).as(overrides.toString()).isEqualTo(400);
    assertThat(refused.json().get("field").asText()).isEqualTo(field);
    assertThat(refused.json().get("message").asText()).contains("Fältet").doesNotContain("Exception");
  }

  @Test
  void taskCompletionIsValidatedAndOnlyTheMunicipalitySeesTheCase() {
    String id = rest("sara").post(SUBMIT, form(Map.of())).json().get("id").asText();
    Task task = taskService.createTaskQuery().processInstanceId(id).singleResult();

    Answer refused = rest("sara").post("/engine-rest/task/" + task.getId() + "/submit-form",
        Map.of("variables", Map.of("decisionResult", Map.of("value", "maybe", "type", "String"))));
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().get("message").asText()).contains("Beslut");
    assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);

    assertThat(rest("nils").get("/engine-rest/task?processInstanceId=" + id).json()).isEmpty();
    assertThat(rest("nils").get("/engine-rest/process-instance?processInstanceIds=" + id).json()).isEmpty();
    assertThat(rest("nils").get("/engine-rest/history/variable-instance?processInstanceId=" + id).json()).isEmpty();
    assertThat(rest("sara").get("/engine-rest/process-instance?processInstanceIds=" + id).json()).hasSize(1);
    assertThat(rest("maria").get("/engine-rest/history/process-instance?processInstanceId=" + id).json())
        .hasSize(1);

    Answer done = rest("sara").post("/engine-rest/task/" + task.getId() + "/submit-form",
        Map.of("variables", Map.of("decisionResult", Map.of("value", "granted", "type", "String"))));
    assertThat(done.status()).isEqualTo(204);
  }

  @Test
  void concurrentStartsGetDistinctSequentialNumbers() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(10);
    Set<String> numbers = ConcurrentHashMap.newKeySet();
    try {
      List<Future<Answer>> starts = new java.util.ArrayList<>();
      for (int i = 0; i < 20; i++) {
        starts.add(pool.submit(() -> rest("sara").post(SUBMIT, form(Map.of()))));
      }
      for (Future<Answer> start : starts) {
        Answer answer = start.get();
        assertThat(answer.status()).isEqualTo(200);
        numbers.add(answer.json().get("businessKey").asText());
      }
    } finally {
      pool.shutdown();
    }
    assertThat(numbers).hasSize(20);
    List<Integer> sequence = numbers.stream().map(n -> Integer.parseInt(n.substring(8))).sorted().toList();
    assertThat(sequence.get(19) - sequence.get(0)).isEqualTo(19);
  }
}
