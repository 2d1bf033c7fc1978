package se.betanketid.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.task.Task;
import se.betanketid.CaseFixtures;
import se.betanketid.RestCalls;
import se.betanketid.RestCalls.Answer;

/**
 * The cases the access matrix looks at, started through the REST API by the people who would start them, and
 * who may read each one (the expectation, written out here independently of {@code CaseAccess}). Everything
 * else goes through the REST API as the administrator too, so that the same cases are made in the embedded
 * default and under single sign-on (where the application runs in a process of its own): an incident in every
 * process instance (so that incidents have something to hide) and every task overdue (due yesterday, so that
 * the case is listed on its managers' dashboard).
 */
final class MatrixCases {

  static final String SOCIAL_SERVICES = "SocialServicesApplicationProcess";
  static final String INVESTIGATION_LEADER = "InvestigationLeaderApplicationProcess";
  private static final String R = MatrixRows.R;
  private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

  /** One case: its number, its process instances (the route and the processes it called), its readers. */
  record MatrixCase(String label, String caseNumber, String rootId, String rootDefinitionId,
      List<String> instanceIds, Set<String> readers) {

    boolean readableBy(String user) {
      return readers.contains(user);
    }

    @Override
    public String toString() {
      return label;
    }
  }

  private final Function<String, RestCalls> rest;

  /** {@code rest}: a user's REST calls (the administrator's too: "admin"). */
  MatrixCases(Function<String, RestCalls> rest) {
    this.rest = rest;
  }

  List<MatrixCase> start() {
    return List.of(
        start("socialtjänst 0180 med samtycke", "sara", SOCIAL_SERVICES, CaseFixtures.socialServicesCase(),
            Set.of("sara", "maria", "kim")),
        start("socialtjänst 1480 med samtycke", "nils", SOCIAL_SERVICES,
            CaseFixtures.socialServicesCase().with("municipalityCode", "1480"), Set.of("nils", "mats", "alva")),
        start("socialtjänst 0180 utan samtycke", "sara", SOCIAL_SERVICES,
            CaseFixtures.socialServicesCase().with("coordinatorConsent", false), Set.of("sara", "maria")),
        start("förundersökningsledare, 0180", "alex", INVESTIGATION_LEADER, CaseFixtures.investigationLeaderCase(),
            Set.of("alex", "sara", "maria", "kim")));
  }

  /** One case more, started like those of {@link #start()}. */
  MatrixCase startOne(String label, String user, String processKey, CaseFixtures fixture, Set<String> readers) {
    return start(label, user, processKey, fixture, readers);
  }

  /** A case started elsewhere, with its process instances as the matrix walks them. */
  static MatrixCase of(String label, String caseNumber, String rootId, HistoryService history,
      RuntimeService runtime, Set<String> readers) {
    List<String> instances = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
        .list().stream().map(HistoricProcessInstance::getId).toList();
    String definitionId = runtime.createProcessInstanceQuery().processInstanceId(rootId).singleResult()
        .getProcessDefinitionId();
    return new MatrixCase(label, caseNumber, rootId, definitionId, instances, readers);
  }

  private MatrixCase start(String label, String user, String processKey, CaseFixtures fixture, Set<String> readers) {
    Answer started = rest.apply(user).post(R + "/process-definition/key/" + processKey + "/submit-form",
        Map.of("variables", fixture.restVariables()));
    assertThat(started.status()).as(label + ": " + started.body()).isEqualTo(200);
    String rootId = started.json().get("id").asText();
    String caseNumber = started.json().get("businessKey").asText();
    RestCalls admin = rest.apply("admin");
    List<String> instances = list(admin.get(R + "/history/process-instance?processInstanceBusinessKey=" + caseNumber))
        .stream().map(instance -> instance.get("id").asText()).toList();
    for (String instance : instances) {
      list(admin.get(R + "/task?processInstanceId=" + instance)).stream().findFirst().ifPresent(task ->
          expect(admin.post(R + "/execution/" + task.get("executionId").asText() + "/create-incident",
              Map.of("incidentType", "accessMatrixProbe", "configuration", "probe", "message", "probe")), 200));
    }
    String yesterday = DUE.format(ZonedDateTime.now().minusDays(1));
    for (JsonNode task : list(admin.get(R + "/task?processInstanceBusinessKey=" + caseNumber))) {
      Map<String, Object> update = new HashMap<>();
      for (String field : List.of("name", "description", "priority", "assignee", "owner", "delegationState",
          "followUp", "parentTaskId", "caseInstanceId", "tenantId")) {
        JsonNode value = task.get(field);
        update.put(field, value == null || value.isNull() ? null : value.isNumber() ? value.asInt() : value.asText());
      }
      update.put("due", yesterday);
      expect(admin.put(R + "/task/" + task.get("id").asText(), update), 204);
    }
    return new MatrixCase(label, caseNumber, rootId, started.json().get("definitionId").asText(), instances,
        readers);
  }

  /** The case's open tasks (id, name, assignee, …), as the administrator sees them. */
  static List<JsonNode> tasks(RestCalls admin, MatrixCase matrixCase) {
    return list(admin.get(R + "/task?processInstanceBusinessKey=" + matrixCase.caseNumber()));
  }

  /** The ids of the case's open tasks whose candidate groups include one of {@code groups}. */
  static Set<String> candidateTaskIds(RestCalls admin, MatrixCase matrixCase, List<String> groups) {
    if (groups.isEmpty()) {
      return Set.of();
    }
    return list(admin.get(R + "/task?processInstanceBusinessKey=" + matrixCase.caseNumber() + "&candidateGroups="
        + String.join(",", groups) + "&includeAssignedTasks=true")).stream().map(task -> task.get("id").asText())
        .collect(Collectors.toSet());
  }

  static List<JsonNode> list(Answer answer) {
    expect(answer, 200);
    List<JsonNode> items = new ArrayList<>();
    answer.json().forEach(items::add);
    return items;
  }

  private static void expect(Answer answer, int status) {
    assertThat(answer.status()).as(answer.body()).isEqualTo(status);
  }

  /** The open tasks of the case whose candidate groups include one of the user's groups. */
  static List<Task> candidateTasks(TaskService tasks, MatrixCase matrixCase, List<String> groups) {
    if (groups.isEmpty()) {
      return List.of();
    }
    return tasks.createTaskQuery().processInstanceBusinessKey(matrixCase.caseNumber()).taskCandidateGroupIn(groups)
        .includeAssignedTasks().list();
  }

  static List<Task> allTasks(TaskService tasks, MatrixCase matrixCase) {
    return tasks.createTaskQuery().processInstanceBusinessKey(matrixCase.caseNumber()).list();
  }
}
