package se.betanketid.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.betanketid.CaseFixtures;
import se.betanketid.ProcessTestCase;
import se.betanketid.RestCalls;
import se.betanketid.RestCalls.Answer;
import se.betanketid.WebappSession;
import se.betanketid.calendar.EngineTime;

/**
 * What a person or an integrator meets when a colleague got there first, when they may not do something, or when a
 * request is technically wrong: a 4xx with a Swedish message, through the REST API and through Tasklist's own copy
 * of it, never a 500 with Java internals or an English refusal naming permissions (issue 15, points 3 to 5).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EngineAnswersIT extends ProcessTestCase {

  static final String GONE = "Uppgiften finns inte längre";
  static final String SOCIAL_SERVICES = "/process-definition/key/SocialServicesApplicationProcess/submit-form";
  static final String INVESTIGATION_LEADER =
      "/process-definition/key/InvestigationLeaderApplicationProcess/submit-form";
  static final AtomicInteger ANSWERS = new AtomicInteger();

  /** The same calls through /engine-rest (HTTP Basic) or Tasklist's /camunda/api/engine (session and CSRF). */
  interface Api {
    Answer get(String path);

    Answer post(String path, Object body);

    Answer put(String path, Object body);

    Answer postText(String path, String body);
  }

  Api api(String which, String user) {
    if (which.equals("engine-rest")) {
      RestCalls rest = rest(user);
      return new Api() {
        public Answer get(String path) {
          return rest.get("/engine-rest" + path);
        }

        public Answer post(String path, Object body) {
          return rest.post("/engine-rest" + path, body);
        }

        public Answer put(String path, Object body) {
          return rest.put("/engine-rest" + path, body);
        }

        public Answer postText(String path, String body) {
          return rest.post("/engine-rest" + path, body);
        }
      };
    }
    WebappSession tasklist = WebappSession.login("http://localhost:" + port, user, "tasklist");
    return new Api() {
      public Answer get(String path) {
        return tasklist.get(WebappSession.ENGINE + path);
      }

      public Answer post(String path, Object body) {
        return tasklist.post(WebappSession.ENGINE + path, body);
      }

      public Answer put(String path, Object body) {
        return tasklist.put(WebappSession.ENGINE + path, body);
      }

      public Answer postText(String path, String body) {
        return tasklist.postText(WebappSession.ENGINE + path, body);
      }
    };
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"engine-rest", "tasklist"})
  void aTaskAColleagueCompletedIsGoneInSwedish(String which) {
    String id = startSocialServicesCase();
    Task advice = taskService.createTaskQuery().processInstanceId(id).singleResult();
    assertThat(advise("kim", advice).status()).isEqualTo(204);
    Api kim = api(which, "kim");

    assertAnswer(kim.post("/task/" + advice.getId() + "/claim", Map.of("userId", "kim")), 404, GONE);
    assertAnswer(kim.get("/task/" + advice.getId() + "/form"), 404, GONE);
    assertAnswer(kim.get("/task/" + advice.getId() + "/form-variables"), 404, GONE);
    assertAnswer(kim.get("/task/" + advice.getId() + "/variables"), 404, GONE);

    runtimeService.deleteProcessInstance(id, "avslutat i testet");
    assertAnswer(api(which, "sara").get("/process-instance/" + id + "/variables"), 404, GONE);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"engine-rest", "tasklist"})
  void someoneElsesTaskIsRefusedInSwedishWithoutPermissionNames(String which) {
    String id = startSocialServicesCase();
    Task advice = taskService.createTaskQuery().processInstanceId(id).singleResult();
    Api nils = api(which, "nils");
    Api sara = api(which, "sara");
    String task = "/task/" + advice.getId();

    assertRefused(nils.post(task + "/claim", Map.of("userId", "nils")), "ta");
    assertRefused(nils.post(task + "/complete", Map.of("variables", Map.of())), "slutföra");
    assertRefused(nils.post(task + "/submit-form", Map.of("variables", Map.of())), "slutföra");
    assertRefused(nils.post(task + "/assignee", Map.of("userId", "nils")), "tilldela");
    assertRefused(sara.post(task + "/claim", Map.of("userId", "sara")), "ta");
    Map<String, Object> moved = Map.of("value", "1480", "type", "String");
    assertRefused(nils.put("/process-instance/" + id + "/variables/municipalityCode", moved), "ändra");
    assertRefused(sara.put("/process-instance/" + id + "/variables/municipalityCode", moved), "ändra");
    assertThat(runtimeService.getVariable(id, "municipalityCode")).isEqualTo("0180");
    assertThat(taskService.createTaskQuery().taskId(advice.getId()).singleResult().getAssignee()).isNull();

    Answer started = rest("alex").post("/engine-rest" + INVESTIGATION_LEADER,
        Map.of("variables", CaseFixtures.investigationLeaderCase().restVariables()));
    String caseNumber = started.json().get("businessKey").asText();
    Map<String, Object> decision = new LinkedHashMap<>();
    decision.put("messageName", "DecisionReceived");
    decision.put("businessKey", caseNumber);
    decision.put("processVariables", Map.of("decisionResult", typed("granted"), "decisionDate",
        typed(EngineTime.today().toString())));
    for (String user : List.of("alex", "nils", "sara")) {
      Answer refused = api(which, user).post("/message", decision);
      assertRefused(refused, "registrera Migrationsverkets beslut");
      assertThat(refused.body()).doesNotContain(caseNumber);
    }
    assertThat(taskService.createTaskQuery().processInstanceBusinessKey(caseNumber)
        .taskDefinitionKey("UserTask_RegisterDecision").count()).isOne();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"engine-rest", "tasklist"})
  void technicallyWrongRequestsAreRefusedInSwedish(String which) {
    Api sara = api(which, "sara");
    Map<String, Object> javaObject = Map.of("value", "rO0ABXQAA2FiYw==", "type", "Object", "valueInfo",
        Map.of("objectTypeName", "java.lang.String",
            "serializationDataFormat", "application/x-java-serialized-object"));
    Map<String, Object> variables = new LinkedHashMap<>(CaseFixtures.socialServicesCase().restVariables());
    variables.put("personName", javaObject);
    long cases = cases();

    assertAnswer(sara.post(SOCIAL_SERVICES, Map.of("variables", variables)), 400, "Fältet \"personName\"");
    String id = startSocialServicesCase();
    assertAnswer(api(which, "admin").put("/process-instance/" + id + "/variables/language", javaObject), 400,
        "Fältet \"language\"");
    assertAnswer(sara.postText(SOCIAL_SERVICES, "not json"), 400, "Begäran");
    assertAnswer(sara.postText(SOCIAL_SERVICES, "{\"variables\": [1, 2]}"), 400, "Begäran");
    assertAnswer(sara.postText(SOCIAL_SERVICES, "{\"variables\": {\"personName\": {\"value\": \"x\", "
        + "\"type\": \"Strong\"}}}"), 400, "Begäran");
    assertAnswer(sara.post(INVESTIGATION_LEADER,
        Map.of("variables", CaseFixtures.investigationLeaderCase().restVariables())), 404, "Du kan inte starta");
    assertThat(cases()).as("only the one case started here").isEqualTo(cases + 1);
    assertThat(runtimeService.getVariable(id, "language")).isNotInstanceOf(byte[].class);
  }

  private long cases() {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey("SocialServicesApplicationProcess")
        .count() + runtimeService.createProcessInstanceQuery()
        .processDefinitionKey("InvestigationLeaderApplicationProcess").count();
  }

  @AfterAll
  void summary() {
    System.out.printf("Engine answers: %d answers checked (a colleague was first, not one's own, technically "
        + "wrong), each a 4xx in Swedish through /engine-rest and Tasklist's API%n", ANSWERS.get());
  }

  private String startSocialServicesCase() {
    Answer started = rest("sara").post("/engine-rest" + SOCIAL_SERVICES,
        Map.of("variables", CaseFixtures.socialServicesCase().restVariables()));
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    return started.json().get("id").asText();
  }

  private Answer advise(String user, Task task) {
    return rest(user).post("/engine-rest/task/" + task.getId() + "/submit-form", Map.of("variables", Map.of(
        "coordinatorAdvice", typed("Ansök i dag."), "coordinatorRecommendation", typed("apply"))));
  }

  private static Map<String, Object> typed(String value) {
    return Map.of("value", value, "type", "String");
  }

  private static void assertRefused(Answer answer, String what) {
    assertAnswer(answer, 403, "Du");
    assertThat(answer.json().get("message").asText()).contains(what);
  }

  static void assertAnswer(Answer answer, int status, String message) {
    assertThat(answer.status()).as(answer.body()).isEqualTo(status);
    assertThat(answer.json().get("message").asText()).as(answer.body()).startsWith(message);
    assertThat(answer.body()).doesNotContainIgnoringCase("permission").doesNotContain("ENGINE-")
        .doesNotContain("Exception:").doesNotContain("Cannot").doesNotContain("No matching")
        .doesNotContain("null").doesNotContain("userId").doesNotContain("Unrecognized");
    ANSWERS.incrementAndGet();
  }
}
