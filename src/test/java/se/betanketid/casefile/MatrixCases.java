package se.betanketid.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * who may read each one (the expectation, written out here independently of {@code CaseAccess}).
 */
final class MatrixCases {

  static final String SOCIAL_SERVICES = "SocialServicesApplicationProcess";
  static final String INVESTIGATION_LEADER = "InvestigationLeaderApplicationProcess";

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

  private final java.util.function.Function<String, RestCalls> rest;
  private final RuntimeService runtime;
  private final HistoryService history;
  private final TaskService tasks;

  MatrixCases(java.util.function.Function<String, RestCalls> rest, RuntimeService runtime, HistoryService history,
      TaskService tasks) {
    this.rest = rest;
    this.runtime = runtime;
    this.history = history;
    this.tasks = tasks;
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
    Answer started = rest.apply(user).post("/engine-rest/process-definition/key/" + processKey + "/submit-form",
        Map.of("variables", fixture.restVariables()));
    assertThat(started.status()).as(label + ": " + started.body()).isEqualTo(200);
    String rootId = started.json().get("id").asText();
    String caseNumber = started.json().get("businessKey").asText();
    List<String> instances = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
        .list().stream().map(HistoricProcessInstance::getId).toList();
    // an incident in every process instance of the case (at a waiting task), so that incidents have something
    // to hide
    for (String instance : instances) {
      tasks.createTaskQuery().processInstanceId(instance).list().stream().findFirst()
          .ifPresent(task -> runtime.createIncident("accessMatrixProbe", task.getExecutionId(), "probe"));
    }
    String definitionId = runtime.createProcessInstanceQuery().processInstanceId(rootId).singleResult()
        .getProcessDefinitionId();
    return new MatrixCase(label, caseNumber, rootId, definitionId, instances, readers);
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
