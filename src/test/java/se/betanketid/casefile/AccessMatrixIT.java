package se.betanketid.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import se.betanketid.ProcessTestCase;
import se.betanketid.RestCalls;
import se.betanketid.RestCalls.Answer;
import se.betanketid.WebappSession;
import se.betanketid.casefile.MatrixActs.TaskAct;
import se.betanketid.casefile.MatrixCases.MatrixCase;
import se.betanketid.casefile.MatrixRows.Api;
import se.betanketid.casefile.MatrixRows.Door;
import se.betanketid.casefile.MatrixRows.Probe;
import se.betanketid.casefile.MatrixRows.Row;
import se.betanketid.casefile.MatrixRows.Scope;
import se.betanketid.identity.RoleAuthorizations;

/**
 * Need-to-know, walked as a matrix: every role × every REST resource (and Tasklist's and Cockpit's session
 * calls) × cases of different municipalities, regions and routes. A caller sees all of a case they work and
 * nothing of any other; sees a task only as its candidate; and cannot act on what is not theirs.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixIT extends ProcessTestCase {

  /**
   * One member of every role; mats is a second manager (Göteborg) and leo a second investigation leader (police
   * region Väst), so that managers and investigation leaders are compared too.
   */
  static final List<String> USERS = List.of("sara", "nils", "kim", "alva", "alex", "leo", "maria", "mats", "eva");
  static final String UNKNOWN_CASE = "BT-1999-99999";
  static String groupTasksFilterId;

  @Autowired RoleAuthorizations roles;
  @Autowired FilterService filterService;

  private List<MatrixCase> cases;
  private final List<Row> rows = MatrixRows.rows();
  private final Map<String, Integer> seenByAnyone = new HashMap<>();
  private final Map<String, Api> callers = new HashMap<>();
  private final AtomicInteger visibilityChecks = new AtomicInteger();
  private final AtomicInteger refusedActs = new AtomicInteger();
  private final AtomicInteger allowedActs = new AtomicInteger();

  @BeforeAll
  void startCases() {
    ensureMember("mats", "chef-1480", "Chefer socialtjänsten Göteborg");
    ensureMember("leo", "forundersokningsledare-vast", "Förundersökningsledare polisregion Väst");
    groupTasksFilterId = filterService.createFilterQuery().filterName("Gruppens uppgifter").singleResult().getId();
    cases = new MatrixCases(this::rest, runtimeService, historyService, taskService).start();
  }

  Stream<Arguments> everyRoleAndCase() {
    return USERS.stream().flatMap(user -> IntStream.range(0, 4).mapToObj(index -> Arguments.of(user, index)));
  }

  @ParameterizedTest(name = "{0} × ärende {1}")
  @MethodSource("everyRoleAndCase")
  void seesAndActsOnlyWhereTheCaseAllows(String user, int caseIndex) {
    MatrixCase matrixCase = cases.get(caseIndex);
    List<String> groups = groupsOf(user);
    Set<String> candidateOf = Set.copyOf(MatrixCases.candidateTasks(taskService, matrixCase, groups).stream()
        .map(Task::getId).toList());
    SoftAssertions soft = new SoftAssertions();
    Probe probe = probe(matrixCase);
    boolean manager = groups.stream().anyMatch(group -> group.startsWith("chef-"));
    for (Row row : rows) {
      boolean open = doorOpen(user, row.door());
      int expected = switch (row.scope()) {
        case TASK -> open ? candidateOf.size() : 0;
        case CASE -> open && matrixCase.readableBy(user)
            ? row.seen().apply(caller("admin", row.door()), probe) : 0;
        case MANAGER -> open && manager && matrixCase.readableBy(user) ? 1 : 0;
        case NOBODY -> 0;
      };
      int seen = row.seen().apply(caller(user, row.door()), probe);
      soft.assertThat(seen).as("%s sees through %s of case '%s'", user, row.name(), matrixCase).isEqualTo(expected);
      seenByAnyone.merge(row.name(), seen, Math::max);
      visibilityChecks.incrementAndGet();
    }
    tryToAct(soft, user, matrixCase, candidateOf);
    soft.assertAll();
  }

  private void tryToAct(SoftAssertions soft, String user, MatrixCase matrixCase, Set<String> candidateOf) {
    RestCalls api = rest(user);
    String outsider = USERS.stream().filter(other -> !matrixCase.readableBy(other) && !other.equals("eva"))
        .findFirst().orElseThrow();
    for (Task task : MatrixCases.allTasks(taskService, matrixCase)) {
      List<String> linksBefore = links(task.getId());
      if (candidateOf.contains(task.getId())) {
        soft.assertThat(api.post(MatrixActs.R + "/task/" + task.getId() + "/claim", Map.of("userId", user))
            .status()).as("%s claims their task %s", user, task.getName()).isEqualTo(204);
        soft.assertThat(api.post(MatrixActs.R + "/task/" + task.getId() + "/unclaim", Map.of()).status())
            .as("%s gives back %s", user, task.getName()).isEqualTo(204);
        allowedActs.addAndGet(2);
        for (TaskAct act : MatrixActs.forbiddenToCandidates(outsider, groupsOf(outsider).get(0))) {
          Answer answer = act.call().apply(api, task.getId());
          soft.assertThat(answer.status()).as("%s may not %s (%s) on '%s': %s", user, act.name(), outsider,
              matrixCase, answer.body()).isBetween(400, 404);
          refusedActs.incrementAndGet();
        }
      } else {
        for (TaskAct act : MatrixActs.forbiddenOnTasks(user)) {
          Answer answer = act.call().apply(api, task.getId());
          soft.assertThat(MatrixActs.refused(answer)).as("%s may not %s %s of '%s': %d %s", user, act.name(),
              task.getName(), matrixCase, answer.status(), answer.body()).isTrue();
          refusedActs.incrementAndGet();
        }
        if (!matrixCase.readableBy(user)) {
          Answer comment = MatrixActs.comment().call().apply(api, task.getId());
          soft.assertThat(comment.status()).as("%s may not comment %s of '%s': %s", user, task.getName(), matrixCase,
              comment.body()).isBetween(400, 404);
          refusedActs.incrementAndGet();
        }
      }
      Task after = taskService.createTaskQuery().taskId(task.getId()).singleResult();
      soft.assertThat(after).as("%s still open", task.getName()).isNotNull();
      if (after != null) {
        soft.assertThat(after.getAssignee()).as("%s unassigned", task.getName()).isNull();
        soft.assertThat(links(task.getId())).as("candidates of %s", task.getName()).isEqualTo(linksBefore);
      }
    }
    for (TaskAct act : MatrixActs.forbiddenOnInstances()) {
      Answer answer = act.call().apply(api, matrixCase.rootId());
      soft.assertThat(MatrixActs.refused(answer)).as("%s may not %s of '%s': %d %s", user, act.name(), matrixCase,
          answer.status(), answer.body()).isTrue();
      refusedActs.incrementAndGet();
    }
    Answer decision = MatrixActs.sendDecision(api, matrixCase.caseNumber());
    soft.assertThat(decision.status()).as("%s may not register the decision of '%s': %s", user, matrixCase,
        decision.body()).isBetween(400, 404);
    if (!matrixCase.readableBy(user)) {
      String unknown = MatrixActs.sendDecision(api, UNKNOWN_CASE).body().replace(UNKNOWN_CASE, "#");
      soft.assertThat(decision.body().replace(matrixCase.caseNumber(), "#"))
          .as("%s learns nothing about case '%s' from a refused decision", user, matrixCase).isEqualTo(unknown);
    }
    refusedActs.incrementAndGet();
    soft.assertThat(runtimeService.getVariable(matrixCase.rootId(), "municipalityCode"))
        .as("municipality of '%s'", matrixCase).isIn("0180", "1480");
  }

  @AfterAll
  void summary() {
    if (cases == null) {
      return;
    }
    System.out.printf("Access matrix: %d roles × %d resources × %d cases = %d visibility checks; "
            + "%d attempts to act refused, %d allowed actions done%n",
        USERS.size(), rows.size(), cases.size(), visibilityChecks.get(), refusedActs.get(), allowedActs.get());
    for (Row row : rows) {
      if (row.scope() != Scope.NOBODY) {
        assertThat(seenByAnyone.get(row.name())).as("%s shows something to someone", row.name()).isPositive();
      }
    }
  }

  private Probe probe(MatrixCase matrixCase) {
    return new Probe(matrixCase, MatrixCases.allTasks(taskService, matrixCase).stream().map(Task::getId).toList());
  }

  private List<String> links(String taskId) {
    return taskService.getIdentityLinksForTask(taskId).stream()
        .map(link -> link.getType() + ":" + link.getGroupId() + ":" + link.getUserId()).sorted().toList();
  }

  private boolean doorOpen(String user, Door door) {
    return door == Door.REST || ((WebappApi) caller(user, door)).session.loginStatus() == 200;
  }

  private Api caller(String user, Door door) {
    return callers.computeIfAbsent(user + door, key -> switch (door) {
      case REST -> new RestApi(rest(user));
      case TASKLIST -> new WebappApi(WebappSession.login("http://localhost:" + port, user, "tasklist"));
      case COCKPIT -> new WebappApi(WebappSession.login("http://localhost:" + port, user, "cockpit"));
    });
  }

  private List<String> groupsOf(String user) {
    return identityService.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
  }

  private void ensureMember(String user, String groupId, String groupName) {
    if (identityService.createGroupQuery().groupId(groupId).count() == 0) {
      Group group = identityService.newGroup(groupId);
      group.setName(groupName);
      group.setType("WORKFLOW");
      identityService.saveGroup(group);
    }
    if (identityService.createUserQuery().userId(user).count() == 0) {
      org.camunda.bpm.engine.identity.User created = identityService.newUser(user);
      created.setPassword(user);
      created.setEmail(user + "@betanketid.example");
      identityService.saveUser(created);
      identityService.createMembership(user, groupId);
    }
    roles.grant(groupId);
  }

  private record RestApi(RestCalls rest) implements Api {
    public Answer get(String path) {
      return rest.get(path);
    }

    public Answer post(String path, Object body) {
      return rest.post(path, body);
    }
  }

  private record WebappApi(WebappSession session) implements Api {
    public Answer get(String path) {
      return session.get(path);
    }

    public Answer post(String path, Object body) {
      return session.post(path, body);
    }
  }
}
