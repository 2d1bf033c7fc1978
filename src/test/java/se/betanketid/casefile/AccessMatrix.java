package se.betanketid.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.provider.Arguments;
import se.betanketid.HttpCalls;
import se.betanketid.RestCalls.Answer;
import se.betanketid.RestCalls;
import se.betanketid.casefile.MatrixActs.TaskAct;
import se.betanketid.casefile.MatrixCases.MatrixCase;
import se.betanketid.casefile.MatrixPeople.Person;
import se.betanketid.casefile.MatrixRows.Door;
import se.betanketid.casefile.MatrixRows.Probe;
import se.betanketid.casefile.MatrixRows.Row;
import se.betanketid.casefile.MatrixRows.Scope;

/**
 * Need-to-know, walked as a matrix: every person of MatrixPeople × every row of MatrixRows (the REST API, our
 * JSON API and pages, Tasklist's and Cockpit's session calls) × the cases of MatrixCases. A caller sees all of a
 * case they work and nothing of any other; sees a task only as its candidate; and cannot act on what is not
 * theirs (MatrixActs). The same walk runs with HTTP Basic and Camunda's login (AccessMatrixIT) and with the
 * provider's tokens and single sign-on (OidcAccessMatrixIT); only how a person signs in differs ({@link Doors}).
 */
final class AccessMatrix {

  /** How a person calls through each door. */
  interface Doors {
    /** The person's calls through the door ("admin" too). */
    HttpCalls caller(String user, Door door);

    /** Whether the webapp let the person in (its login accepted, or it is among her authorized apps). */
    boolean letsIn(String user, Door door);

    /** The person's REST calls (to act; "admin" to look at the engine's state). */
    RestCalls rest(String user);
  }

  static final int CASES = 4;

  private final String label;
  private final Doors doors;
  private final List<MatrixCase> cases;
  private final String groupTasksFilterId;
  private final List<Row> rows = MatrixRows.rows();
  private final Map<String, Integer> seenByAnyone = new HashMap<>();
  private final AtomicInteger visibilityChecks = new AtomicInteger();
  private final AtomicInteger refusedActs = new AtomicInteger();
  private final AtomicInteger allowedActs = new AtomicInteger();

  /** Starts the matrix's cases. */
  AccessMatrix(String label, Doors doors) {
    this.label = label;
    this.doors = doors;
    this.cases = new MatrixCases(doors::rest).start();
    assertThat(cases).hasSize(CASES);
    this.groupTasksFilterId = MatrixCases.list(doors.rest("admin").get(
        MatrixRows.R + "/filter?name=Gruppens%20uppgifter")).get(0).get("id").asText();
  }

  static Stream<Arguments> everyPersonAndCase() {
    return MatrixPeople.USERS.stream()
        .flatMap(user -> IntStream.range(0, CASES).mapToObj(index -> Arguments.of(user, index)));
  }

  /** What the person sees of the case through each row, and that she cannot act on what is not hers. */
  void walk(String user, int caseIndex) {
    Person person = MatrixPeople.of(user);
    MatrixCase matrixCase = cases.get(caseIndex);
    RestCalls admin = doors.rest("admin");
    Set<String> candidateOf = MatrixCases.candidateTaskIds(admin, matrixCase, person.groups());
    SoftAssertions soft = new SoftAssertions();
    for (Door door : List.of(Door.TASKLIST, Door.COCKPIT)) {
      soft.assertThat(doors.letsIn(user, door)).as("%s may open %s", user, door).isEqualTo(person.opens(door));
    }
    Probe probe = new Probe(matrixCase, MatrixCases.tasks(admin, matrixCase).stream()
        .map(task -> task.get("id").asText()).toList(), groupTasksFilterId);
    boolean manager = person.groups().stream().anyMatch(group -> group.startsWith("chef-"));
    for (Row row : rows) {
      boolean open = person.opens(row.door());
      int expected = switch (row.scope()) {
        case TASK -> open ? candidateOf.size() : 0;
        case CASE -> open && matrixCase.readableBy(user)
            ? row.seen().apply(doors.caller("admin", row.door()), probe) : 0;
        case MANAGER -> open && manager && matrixCase.readableBy(user) ? 1 : 0;
        case NOBODY -> 0;
      };
      int seen = row.seen().apply(doors.caller(user, row.door()), probe);
      soft.assertThat(seen).as("%s (%s) sees through %s of case '%s'", user, label, row.name(), matrixCase)
          .isEqualTo(expected);
      seenByAnyone.merge(row.name(), seen, Math::max);
      visibilityChecks.incrementAndGet();
    }
    tryToAct(soft, user, matrixCase, candidateOf);
    soft.assertAll();
  }

  private void tryToAct(SoftAssertions soft, String user, MatrixCase matrixCase, Set<String> candidateOf) {
    RestCalls api = doors.rest(user);
    RestCalls admin = doors.rest("admin");
    Person outsider = MatrixPeople.ALL.stream()
        .filter(other -> !matrixCase.readableBy(other.id()) && !other.id().equals("eva")).findFirst().orElseThrow();
    for (JsonNode task : MatrixCases.tasks(admin, matrixCase)) {
      String taskId = task.get("id").asText();
      String name = task.get("name").asText();
      List<String> linksBefore = links(admin, taskId);
      if (candidateOf.contains(taskId)) {
        soft.assertThat(api.post(MatrixActs.R + "/task/" + taskId + "/claim", Map.of("userId", user)).status())
            .as("%s claims their task %s", user, name).isEqualTo(204);
        soft.assertThat(api.post(MatrixActs.R + "/task/" + taskId + "/unclaim", Map.of()).status())
            .as("%s gives back %s", user, name).isEqualTo(204);
        allowedActs.addAndGet(2);
        for (TaskAct act : MatrixActs.forbiddenToCandidates(outsider.id(), outsider.groups().get(0))) {
          Answer answer = act.call().apply(api, taskId);
          soft.assertThat(answer.status()).as("%s may not %s (%s) on '%s': %s", user, act.name(), outsider.id(),
              matrixCase, answer.body()).isBetween(400, 404);
          refusedActs.incrementAndGet();
        }
      } else {
        for (TaskAct act : MatrixActs.forbiddenOnTasks(user)) {
          Answer answer = act.call().apply(api, taskId);
          soft.assertThat(MatrixActs.refused(answer)).as("%s may not %s %s of '%s': %d %s", user, act.name(),
              name, matrixCase, answer.status(), answer.body()).isTrue();
          refusedActs.incrementAndGet();
        }
        if (!matrixCase.readableBy(user)) {
          Answer comment = MatrixActs.comment().call().apply(api, taskId);
          soft.assertThat(comment.status()).as("%s may not comment %s of '%s': %s", user, name, matrixCase,
              comment.body()).isBetween(400, 404);
          refusedActs.incrementAndGet();
        }
      }
      Answer after = admin.get(MatrixActs.R + "/task/" + taskId);
      soft.assertThat(after.status()).as("%s still open", name).isEqualTo(200);
      if (after.status() == 200) {
        soft.assertThat(after.json().get("assignee").isNull()).as("%s unassigned", name).isTrue();
        soft.assertThat(links(admin, taskId)).as("candidates of %s", name).isEqualTo(linksBefore);
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
      String unknown = MatrixActs.sendDecision(api, MatrixRows.UNKNOWN_CASE).body()
          .replace(MatrixRows.UNKNOWN_CASE, "#");
      soft.assertThat(decision.body().replace(matrixCase.caseNumber(), "#"))
          .as("%s learns nothing about case '%s' from a refused decision", user, matrixCase).isEqualTo(unknown);
    }
    refusedActs.incrementAndGet();
    Answer municipality = admin.get(MatrixActs.R + "/process-instance/" + matrixCase.rootId()
        + "/variables/municipalityCode");
    soft.assertThat(municipality.status()).as(municipality.body()).isEqualTo(200);
    if (municipality.status() == 200) {
      soft.assertThat(municipality.json().get("value").asText()).as("municipality of '%s'", matrixCase)
          .isIn("0180", "1480");
    }
  }

  /** The figures, and that every row but the NOBODY rows showed something to someone. */
  void summary() {
    System.out.printf("Access matrix (%s): %d people × %d rows × %d cases = %d visibility checks; "
            + "%d attempts to act refused, %d allowed actions done%n", label,
        MatrixPeople.USERS.size(), rows.size(), cases.size(), visibilityChecks.get(), refusedActs.get(),
        allowedActs.get());
    for (Row row : rows) {
      if (row.scope() != Scope.NOBODY) {
        assertThat(seenByAnyone.get(row.name())).as("%s shows something to someone", row.name()).isPositive();
      }
    }
  }

  private static List<String> links(RestCalls admin, String taskId) {
    return MatrixCases.list(admin.get(MatrixActs.R + "/task/" + taskId + "/identity-links")).stream()
        .map(link -> link.path("type").asText() + ":" + text(link, "groupId") + ":" + text(link, "userId"))
        .sorted().toList();
  }

  private static String text(JsonNode node, String field) {
    return node.path(field).isNull() || node.path(field).isMissingNode() ? "null" : node.get(field).asText();
  }
}
