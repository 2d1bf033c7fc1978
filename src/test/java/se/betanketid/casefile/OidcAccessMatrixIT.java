package se.betanketid.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.betanketid.CaseFixtures;
import se.betanketid.RestCalls;
import se.betanketid.RestCalls.Answer;
import se.betanketid.casefile.MatrixCases.MatrixCase;
import se.betanketid.casefile.MatrixRows.Api;
import se.betanketid.casefile.MatrixRows.Door;
import se.betanketid.casefile.MatrixRows.Probe;
import se.betanketid.casefile.MatrixRows.Row;
import se.betanketid.casefile.MatrixRows.Scope;
import se.betanketid.sso.KeycloakServer;
import se.betanketid.sso.OidcApp;

/**
 * The access matrix under single sign-on (profile oidc, a real Keycloak): the REST API's rows of AccessMatrixIT
 * (every /engine-rest resource of the matrix) called with each person's bearer token from the provider, whose
 * groups come from the token's groups claim through the group mapping, and the acts on what is not one's own
 * (MatrixActs) refused. A subset of AccessMatrixIT: the roles
 * the test realm has (social workers of Stockholm and Göteborg, the region coordinator, Stockholm's manager, the
 * national coordination), two cases (Stockholm's, Göteborg's); our own pages (/api, /cases) take a login
 * session, not a bearer token, and are walked by browser.OidcLoginBrowserIT.
 */
@Tag("oidc")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OidcAccessMatrixIT {

  static final List<String> USERS = List.of("sara", "nils", "kim", "maria", "eva");
  /** The realm's groups of each user, mapped to ours (src/test/resources/keycloak/betanketid-realm.json). */
  static final Map<String, List<String>> GROUPS = Map.of("sara", List.of("socialtjanst-0180"),
      "nils", List.of("socialtjanst-1480"), "kim", List.of("regionkoordinator-stockholm"),
      "maria", List.of("chef-0180"), "eva", List.of("nationell-samordning"));

  private KeycloakServer keycloak;
  private String base;
  private RestCalls admin;
  private final List<MatrixCase> cases = new ArrayList<>();
  private final List<Row> rows = MatrixRows.rows().stream()
      .filter(row -> row.door() == Door.REST && row.name().startsWith("/")
          && !row.name().startsWith("/api") && !row.name().startsWith("/cases"))
      .toList();
  private int checks;
  private int refused;

  @BeforeAll
  void startCases() throws Exception {
    keycloak = KeycloakServer.get();
    base = OidcApp.get().baseUrl();
    admin = RestCalls.bearer(base, keycloak.personToken("test-cli", "admin"));
    cases.add(start("socialtjänst 0180 med samtycke", "sara", CaseFixtures.socialServicesCase(),
        Set.of("sara", "maria", "kim")));
    cases.add(start("socialtjänst 1480 med samtycke", "nils",
        CaseFixtures.socialServicesCase().with("municipalityCode", "1480"), Set.of("nils")));
  }

  Stream<Arguments> everyRoleAndCase() {
    return USERS.stream().flatMap(user -> IntStream.range(0, 2).mapToObj(index -> Arguments.of(user, index)));
  }

  @ParameterizedTest(name = "{0} × ärende {1} (oidc)")
  @MethodSource("everyRoleAndCase")
  void seesOnlyWhereTheCaseAllowsWithTheProvidersToken(String user, int caseIndex) {
    admin = RestCalls.bearer(base, keycloak.personToken("test-cli", "admin")); // tokens live 5 minutes
    Api mine = caller(user);
    Api theAdmin = caller("admin");
    MatrixCase matrixCase = cases.get(caseIndex);
    Probe probe = new Probe(matrixCase, taskIds(matrixCase, null));
    int candidateOf = taskIds(matrixCase, GROUPS.get(user)).size();
    SoftAssertions soft = new SoftAssertions();
    for (Row row : rows) {
      int expected = switch (row.scope()) {
        case TASK -> candidateOf;
        case CASE -> matrixCase.readableBy(user) ? row.seen().apply(theAdmin, probe) : 0;
        case MANAGER, NOBODY -> 0;
      };
      soft.assertThat(row.seen().apply(mine, probe))
          .as("%s (token) sees through %s of case '%s'", user, row.name(), matrixCase).isEqualTo(expected);
      checks++;
    }
    tryToAct(soft, user, matrixCase, Set.copyOf(taskIds(matrixCase, GROUPS.get(user))));
    soft.assertAll();
  }

  /** What is not one's own (a task one is no candidate of, the case's instance) is refused, nothing changes. */
  private void tryToAct(SoftAssertions soft, String user, MatrixCase matrixCase, Set<String> candidateOf) {
    RestCalls mine = RestCalls.bearer(base, keycloak.personToken("test-cli", user));
    for (String taskId : taskIds(matrixCase, null)) {
      if (candidateOf.contains(taskId)) {
        continue;
      }
      for (MatrixActs.TaskAct act : MatrixActs.forbiddenOnTasks(user)) {
        Answer answer = act.call().apply(mine, taskId);
        soft.assertThat(MatrixActs.refused(answer)).as("%s (token) may not %s %s of '%s': %d %s", user, act.name(),
            taskId, matrixCase, answer.status(), answer.body()).isTrue();
        refused++;
      }
      JsonNode task = admin.get("/engine-rest/task/" + taskId).json();
      soft.assertThat(task.path("assignee").isNull()).as("task %s still open, unassigned", taskId).isTrue();
    }
    for (MatrixActs.TaskAct act : MatrixActs.forbiddenOnInstances()) {
      Answer answer = act.call().apply(mine, matrixCase.rootId());
      soft.assertThat(MatrixActs.refused(answer)).as("%s (token) may not %s of '%s': %d %s", user, act.name(),
          matrixCase, answer.status(), answer.body()).isTrue();
      refused++;
    }
  }

  @AfterAll
  void summary() {
    System.out.printf("Access matrix (oidc, bearer tokens): %d roles × %d resources × %d cases = %d checks; "
        + "%d attempts to act refused%n", USERS.size(), rows.size(), cases.size(), checks, refused);
    assertThat(rows).as("the REST rows of the matrix").hasSizeGreaterThan(15);
  }

  private MatrixCase start(String label, String user, CaseFixtures fixture, Set<String> readers) {
    Answer started = caller(user).post("/engine-rest/process-definition/key/" + MatrixCases.SOCIAL_SERVICES
        + "/submit-form", Map.of("variables", fixture.restVariables()));
    assertThat(started.status()).as(label + ": " + started.body()).isEqualTo(200);
    String rootId = started.json().get("id").asText();
    String caseNumber = started.json().get("businessKey").asText();
    List<String> instances = ids(admin.get("/engine-rest/history/process-instance?processInstanceBusinessKey="
        + caseNumber));
    return new MatrixCase(label, caseNumber, rootId, started.json().get("definitionId").asText(), instances,
        readers);
  }

  /** The case's open tasks (with a candidate group among {@code groups}, when given), as the admin sees them. */
  private List<String> taskIds(MatrixCase matrixCase, List<String> groups) {
    String query = "/engine-rest/task?processInstanceBusinessKey=" + matrixCase.caseNumber();
    if (groups != null) {
      query += "&candidateGroups=" + String.join(",", groups) + "&includeAssignedTasks=true";
    }
    return ids(admin.get(query));
  }

  private static List<String> ids(Answer answer) {
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    JsonNode list = answer.json();
    return StreamSupport.stream(list.spliterator(), false).map(node -> node.get("id").asText()).toList();
  }

  /** The user's calls with a fresh access token of hers. */
  private Api caller(String user) {
    RestCalls rest = "admin".equals(user) ? admin : RestCalls.bearer(base, keycloak.personToken("test-cli", user));
    return new Api() {
      public Answer get(String path) {
        return rest.get(path);
      }

      public Answer post(String path, Object body) {
        return rest.post(path, body);
      }
    };
  }
}
