package se.betanketid.casefile;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import se.betanketid.RestCalls;
import se.betanketid.RestCalls.Answer;

/**
 * "Cannot act": what a caller tries on a case's tasks and process instances, and what must come back. Someone
 * who is not a candidate of a task can neither claim, complete, assign, delegate nor change it; nobody but the
 * administrator changes a process instance directly; a candidate can claim (and give back) the task but cannot
 * hand it, or its candidacy, to someone outside the case.
 */
final class MatrixActs {

  static final String R = "/engine-rest";

  /** One attempt on one task: its name and the call. */
  record TaskAct(String name, BiFunction<RestCalls, String, Answer> call) {}

  static List<TaskAct> forbiddenOnTasks(String user) {
    return List.of(
        new TaskAct("claim", (api, id) -> api.post(R + "/task/" + id + "/claim", Map.of("userId", user))),
        new TaskAct("complete", (api, id) -> api.post(R + "/task/" + id + "/complete", Map.of("variables", Map.of()))),
        new TaskAct("submit-form",
            (api, id) -> api.post(R + "/task/" + id + "/submit-form", Map.of("variables", Map.of()))),
        new TaskAct("set variables", (api, id) -> api.post(R + "/task/" + id + "/variables", modification())),
        new TaskAct("set local variables",
            (api, id) -> api.post(R + "/task/" + id + "/localVariables", modification())),
        new TaskAct("assign", (api, id) -> api.post(R + "/task/" + id + "/assignee", Map.of("userId", user))),
        new TaskAct("delegate", (api, id) -> api.post(R + "/task/" + id + "/delegate", Map.of("userId", user))),
        new TaskAct("add candidate group", (api, id) -> api.post(R + "/task/" + id + "/identity-links",
            Map.of("groupId", "nationell-samordning", "type", "candidate"))));
  }

  /** Someone who may not read the case cannot even comment on its tasks (a reader may: Camunda's rule). */
  static TaskAct comment() {
    return new TaskAct("comment", (api, id) -> api.post(R + "/task/" + id + "/comment/create",
        Map.of("message", "obehörig kommentar")));
  }

  /**
   * What a candidate may not do with the task: give it, or its candidacy, to someone outside the case, or move the
   * case to another municipality (whose people would get its next tasks).
   */
  static List<TaskAct> forbiddenToCandidates(String outsider, String outsiderGroup) {
    return List.of(
        new TaskAct("assign to an outsider",
            (api, id) -> api.post(R + "/task/" + id + "/assignee", Map.of("userId", outsider))),
        new TaskAct("delegate to an outsider",
            (api, id) -> api.post(R + "/task/" + id + "/delegate", Map.of("userId", outsider))),
        new TaskAct("add an outsider as candidate", (api, id) -> api.post(R + "/task/" + id + "/identity-links",
            Map.of("userId", outsider, "type", "candidate"))),
        new TaskAct("add an outsider group as candidate", (api, id) -> api.post(
            R + "/task/" + id + "/identity-links", Map.of("groupId", outsiderGroup, "type", "candidate"))),
        new TaskAct("move the case to another municipality through the task",
            (api, id) -> api.post(R + "/task/" + id + "/variables", modification())),
        new TaskAct("move the case to another municipality on completion",
            (api, id) -> api.post(R + "/task/" + id + "/submit-form", Map.of("variables",
                Map.of("municipalityCode", Map.of("value", ANOTHER_MUNICIPALITY, "type", "String"))))));
  }

  /** Direct changes of a process instance: nobody but the administrator. */
  static List<TaskAct> forbiddenOnInstances() {
    return List.of(
        new TaskAct("set process variables",
            (api, id) -> api.post(R + "/process-instance/" + id + "/variables", modification())),
        new TaskAct("delete process instance", (api, id) -> api.delete(R + "/process-instance/" + id)),
        new TaskAct("start another activity", (api, id) -> api.post(R + "/process-instance/" + id + "/modification",
            Map.of("instructions", List.of(Map.of("type", "cancel", "activityId", "UserTask_DecideOnApplication"))))));
  }

  /** Migrationsverket's decision, as an integration would send it. */
  static Answer sendDecision(RestCalls api, String caseNumber) {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("decisionResult", Map.of("value", "granted", "type", "String"));
    variables.put("decisionDate", Map.of("value", se.betanketid.calendar.EngineTime.today().toString(),
        "type", "String"));
    return api.post(R + "/message", Map.of("messageName", "DecisionReceived", "businessKey", caseNumber,
        "processVariables", variables));
  }

  static boolean refused(Answer answer) {
    return answer.status() == 403 || answer.status() == 404;
  }

  private static Map<String, Object> modification() {
    return Map.of("modifications", Map.of("municipalityCode", Map.of("value", ANOTHER_MUNICIPALITY, "type", "String")));
  }

  /** Luleå: no case of the matrix is there (writing a case's own municipality again moves nothing). */
  private static final String ANOTHER_MUNICIPALITY = "2580";

  private MatrixActs() {}
}
