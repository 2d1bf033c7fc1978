package se.betanketid.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.betanketid.CaseFixtures;
import se.betanketid.HttpCalls;
import se.betanketid.ProcessTestCase;
import se.betanketid.RestCalls.Answer;
import se.betanketid.RestCalls;
import se.betanketid.WebappSession;
import se.betanketid.casefile.MatrixCases.MatrixCase;
import se.betanketid.casefile.MatrixRows.Door;
import se.betanketid.casefile.MatrixRows.Probe;
import se.betanketid.casefile.MatrixRows.Row;
import se.betanketid.identity.RoleAuthorizations;

/**
 * Protected identity, walked like the access matrix: a case whose person (and child) has protected personal
 * data. Every role, the case's handler included, reads every REST resource of the access matrix, Tasklist's and
 * Cockpit's calls, the task and form variables of each task and the dashboard: the real identifying values appear
 * in none of them (0 leaks). Only {@code /api/cases/{caseNumber}/protected-identity} gives them out, and only to
 * the case's handlers (the holder of one of its tasks) and administrators: a colleague of the same
 * group gets 403 until she holds a task of the case, and 403 again when she gives it back.
 */
class ProtectedIdentityIT extends ProcessTestCase {

  static final String NAME = "Skyddad Hemligsdotter";
  static final String BIRTH_DATE = "1987-11-23";
  static final String DOCUMENT = "PASS-SKYDD-4711";
  static final String CHILD_NAME = "Hemligt Skyddsbarn";
  static final String CHILD_BIRTH_DATE = "2020-02-29";
  static final List<String> SECRETS = List.of(NAME, BIRTH_DATE, DOCUMENT, CHILD_NAME, CHILD_BIRTH_DATE);
  static final List<String> EVERYONE =
      List.of("admin", "sara", "sofia", "nils", "kim", "alva", "alex", "maria", "eva");

  @Autowired RoleAuthorizations roles;
  @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;
  @Autowired org.camunda.bpm.engine.FilterService filterService;

  @Test
  void identifyingFieldsReachOnlyTheCasesHandlers() {
    ensureMember("sofia", "socialtjanst-0180");
    String groupTasksFilterId =
        filterService.createFilterQuery().filterName("Gruppens uppgifter").singleResult().getId();
    MatrixCase protectedCase = startProtectedCase();
    List<String> taskIds = MatrixCases.allTasks(taskService, protectedCase).stream().map(Task::getId).toList();
    assertThat(taskIds).isNotEmpty();
    Probe probe = new Probe(protectedCase, taskIds, groupTasksFilterId);

    int answers = 0;
    List<String> leaks = new ArrayList<>();
    for (String user : EVERYONE) {
      for (Recording api : List.of(new Recording(user, Door.REST, rest(user)),
          new Recording(user, Door.TASKLIST, session(user, "tasklist")),
          new Recording(user, Door.COCKPIT, session(user, "cockpit")))) {
        for (Row row : MatrixRows.rows()) {
          if (row.name().endsWith(".pdf")) {
            // the documents refuse (403) all but a handler here: read, not counted
            api.get("/api/cases/" + protectedCase.caseNumber() + "/" + row.name().substring(
                row.name().lastIndexOf('/') + 1));
          } else if (row.door() == api.door || (row.door() == Door.PAGE && api.door == Door.REST)) {
            row.seen().apply(api, probe);
          }
        }
        for (String task : taskIds) {
          String base = api.webapp ? WebappSession.ENGINE : MatrixRows.R;
          api.get(base + "/task/" + task + "/variables");
          api.get(base + "/task/" + task + "/form-variables");
        }
        for (String instance : protectedCase.instanceIds()) {
          String base = api.webapp ? WebappSession.ENGINE : MatrixRows.R;
          api.get(base + "/process-instance/" + instance + "/variables");
          api.get(base + "/history/variable-instance?processInstanceId=" + instance);
          api.get(base + "/history/detail?processInstanceId=" + instance);
        }
        answers += api.bodies.size();
        leaks.addAll(api.leaks());
      }
    }
    System.out.printf("Protected identity: %d answers to %d users read, %d leaks%n", answers, EVERYONE.size(),
        leaks.size());
    assertThat(leaks).as("real identifying values in an engine answer").isEmpty();

    // nor in the engine's tables (runtime, history, byte arrays): only the protected store holds them
    for (String table : List.of("ACT_RU_VARIABLE", "ACT_HI_VARINST", "ACT_HI_DETAIL")) {
      for (String secret : SECRETS) {
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE TEXT_ LIKE ?", Integer.class,
            "%" + secret + "%")).as("%s in %s", secret, table).isZero();
      }
    }
    for (byte[] bytes : jdbc.queryForList("SELECT BYTES_ FROM ACT_GE_BYTEARRAY", byte[].class)) {
      String text = bytes == null ? "" : new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
      assertThat(SECRETS.stream().filter(text::contains).toList()).as("a byte array").isEmpty();
    }

    // and what the engine holds is the mask, for everyone, the handler too
    assertThat(runtimeService.getVariable(protectedCase.rootId(), "personName")).isEqualTo(ProtectedIdentity.MASK);
    assertThat(rest("sara").get(MatrixRows.R + "/process-instance/" + protectedCase.rootId() + "/variables").body())
        .contains(ProtectedIdentity.MASK);

    SoftAssertions soft = new SoftAssertions();
    String path = "/api/cases/" + protectedCase.caseNumber() + "/protected-identity";
    for (String user : EVERYONE) {
      Answer answer = rest(user).get(path);
      boolean handler = user.equals("admin");
      soft.assertThat(answer.status()).as("%s reads the protected identity", user).isEqualTo(handler ? 200 : 403);
      for (String secret : SECRETS) {
        soft.assertThat(answer.body().contains(secret)).as("%s sees %s", user, secret).isEqualTo(handler);
      }
    }
    soft.assertThat(session("admin", "tasklist").get(path).status()).as("through Tasklist's session")
        .isEqualTo(200);
    soft.assertThat(session("sara", "tasklist").get(path).status()).as("sara, who opened it, holds no task of it")
        .isEqualTo(403);

    // the holder of the task at hand is a handler; a colleague of the same group only while she holds it
    Task task = MatrixCases.candidateTasks(taskService, protectedCase, List.of("socialtjanst-0180")).get(0);
    soft.assertThat(rest("sofia").post(MatrixRows.R + "/task/" + task.getId() + "/claim", Map.of("userId", "sofia"))
        .status()).isEqualTo(204);
    soft.assertThat(rest("sofia").get(path).status()).as("sofia holds a task of the case").isEqualTo(200);
    soft.assertThat(rest("sofia").get(path).body()).contains(NAME, CHILD_NAME);
    soft.assertThat(rest("sofia").post(MatrixRows.R + "/task/" + task.getId() + "/unclaim", Map.of()).status())
        .isEqualTo(204);
    soft.assertThat(rest("sofia").get(path).status()).as("sofia gave the task back").isEqualTo(403);
    soft.assertThat(rest("sara").get("/api/cases/BT-1999-99999/protected-identity").status())
        .as("an unknown case, the same answer").isEqualTo(403);
    soft.assertAll();
  }

  @Test
  void aCaseWithoutProtectionKeepsItsValues() {
    MatrixCase open = new MatrixCases(this::rest)
        .startOne("öppen", "sara", MatrixCases.SOCIAL_SERVICES, CaseFixtures.socialServicesCase(), java.util.Set.of());
    assertThat(runtimeService.getVariable(open.rootId(), "personName")).isEqualTo(CaseFixtures.PERSON_NAME);
    assertThat(rest("admin").get("/api/cases/" + open.caseNumber() + "/protected-identity").status())
        .isEqualTo(404);
  }

  private MatrixCase startProtectedCase() {
    CaseFixtures fixture = CaseFixtures.socialServicesCase().with("protectedIdentity", true)
        .with("personName", NAME).with("personBirthDate", BIRTH_DATE).with("identityDocument", DOCUMENT);
    Map<String, Object> variables = new java.util.LinkedHashMap<>(fixture.restVariables());
    variables.put("children", Map.of("type", "Json", "value", "[{\"childName\":\"" + CHILD_NAME
        + "\",\"childBirthDate\":\"" + CHILD_BIRTH_DATE + "\",\"childCitizenship\":\"Nigeria\","
        + "\"childCoverage\":\"none_known\"}]"));
    Answer started = rest("sara").post(MatrixRows.R + "/process-definition/key/" + MatrixCases.SOCIAL_SERVICES
        + "/submit-form", Map.of("variables", variables));
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    String caseNumber = started.json().get("businessKey").asText();
    return MatrixCases.of("skyddad", caseNumber, started.json().get("id").asText(), historyService, runtimeService,
        java.util.Set.of("sara", "sofia", "maria", "kim"));
  }

  private WebappSession session(String user, String app) {
    return WebappSession.login("http://localhost:" + port, user, app);
  }

  /** sofia exists only for this test: the other tests share the context and count the group's mails. */
  @org.junit.jupiter.api.AfterEach
  void removeSofia() {
    identityService.deleteUser("sofia");
  }

  private void ensureMember(String user, String groupId) {
    if (identityService.createUserQuery().userId(user).count() == 0) {
      org.camunda.bpm.engine.identity.User created = identityService.newUser(user);
      created.setPassword(user);
      created.setEmail(user + "@betanketid.example");
      identityService.saveUser(created);
    }
    if (identityService.createGroupQuery().groupMember(user).groupId(groupId).count() == 0) {
      identityService.createMembership(user, groupId);
    }
    roles.grant(groupId);
  }

  /** A caller that keeps every answer, to look for the secrets in it. */
  private static final class Recording implements HttpCalls {
    final String user;
    final Door door;
    final boolean webapp;
    final RestCalls rest;
    final WebappSession session;
    final List<String> bodies = new ArrayList<>();

    Recording(String user, Door door, RestCalls rest) {
      this.user = user;
      this.door = door;
      this.webapp = false;
      this.rest = rest;
      this.session = null;
    }

    Recording(String user, Door door, WebappSession session) {
      this.user = user;
      this.door = door;
      this.webapp = true;
      this.rest = null;
      this.session = session;
    }

    public Answer get(String path) {
      return keep(path, webapp ? session.get(path) : rest.get(path));
    }

    public Answer post(String path, Object body) {
      return keep(path, webapp ? session.post(path, body) : rest.post(path, body));
    }

    private Answer keep(String path, Answer answer) {
      bodies.add(path + " -> " + answer.body());
      return answer;
    }

    List<String> leaks() {
      // the case's documents name the person for a handler (document.ProtectedIdentityRule): not a leak
      return bodies.stream().filter(body -> !(user.equals("admin") && body.contains(".pdf -> ")))
          .filter(body -> SECRETS.stream().anyMatch(body::contains))
          .map(body -> user + (webapp ? " (session) " : " ") + around(body)).toList();
    }

    /** The path and what stands just before the first secret found (the variable's name and type). */
    private static String around(String body) {
      int at = SECRETS.stream().mapToInt(body::indexOf).filter(i -> i >= 0).min().orElse(0);
      return body.substring(0, Math.min(80, body.length())) + " … " + body.substring(Math.max(0, at - 400), at + 5);
    }
  }
}
