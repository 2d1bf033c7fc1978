package se.betanketid.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static se.betanketid.validation.HostileInputs.typed;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.betanketid.CaseFixtures;
import se.betanketid.ProcessTestCase;
import se.betanketid.RestCalls.Answer;
import se.betanketid.WebappSession;
import se.betanketid.calendar.EngineTime;
import se.betanketid.casefile.DuplicateStarts;
import se.betanketid.notification.QueuedMails;
import se.betanketid.validation.HostileInputs.Start;

/**
 * Hostile input through the REST API against the real start and task forms: every refusal is a 400 with a Swedish
 * message naming the field, and nothing is started, stored or run. Script tags and SQL within the limits are text:
 * stored verbatim, never in a task name or an e-mail, and the database stays whole.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputIT extends ProcessTestCase {

  static final String SCRIPT = "<script>alert(1)</script>";
  static final String SQL = "'; DROP TABLE ACT_RU_TASK; --";
  static final AtomicInteger TRIED = new AtomicInteger();

  @Autowired JdbcTemplate jdbc;
  @Autowired DuplicateStarts duplicates;

  static String submit(String form) {
    return "/engine-rest/process-definition/key/" + (form.equals(HostileInputs.SOCIAL_SERVICES)
        ? "SocialServicesApplicationProcess" : "InvestigationLeaderApplicationProcess") + "/submit-form";
  }

  static String starter(String form) {
    return form.equals(HostileInputs.SOCIAL_SERVICES) ? "sara" : "alex";
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("se.betanketid.validation.HostileInputs#starts")
  void aHostileStartIsRefusedInSwedishAndNothingIsStored(Start start) {
    Footprint before = Footprint.of(jdbc);
    Answer answer = rest(starter(start.form())).post(submit(start.form()), Map.of("variables", start.variables()));

    assertRefused(answer, start.field(), start.message());
    assertThat(Footprint.of(jdbc)).as("nothing started, stored or run").isEqualTo(before);
  }

  /** Malformed requests are refused before any form is reached, in Swedish (system.EngineAnswers). */
  @ParameterizedTest
  @ValueSource(strings = {"not json", "{\"variables\": [1, 2]}",
      "{\"variables\": {\"personName\": {\"value\": \"x\", \"type\": \"Strong\"}}}",
      "{\"variables\": {\"children\": {\"value\": \"[{not json\", \"type\": \"Json\"}}}"})
  void aMalformedRequestIsRefusedAndNothingIsStored(String body) {
    Footprint before = Footprint.of(jdbc);
    Answer answer = rest("sara").post(submit(HostileInputs.SOCIAL_SERVICES), body);

    assertThat(answer.status()).as(answer.body()).isBetween(400, 499);
    assertThat(answer.json().get("message").asText()).as("in Swedish").matches("(Begäran|Fältet) .*");
    assertThat(Footprint.of(jdbc)).isEqualTo(before);
    TRIED.incrementAndGet();
  }

  @Test
  void tasklistsOwnCallGetsTheSameSwedishRefusal() {
    WebappSession tasklist = WebappSession.login("http://localhost:" + port, "sara", "tasklist");
    Map<String, Object> variables = new LinkedHashMap<>(CaseFixtures.socialServicesCase().restVariables());
    variables.remove("personName");
    Footprint before = Footprint.of(jdbc);

    Answer answer = tasklist.post(WebappSession.ENGINE + submit(HostileInputs.SOCIAL_SERVICES)
        .substring("/engine-rest".length()), Map.of("variables", variables));

    assertRefused(answer, "personName", "Fältet \"Namn\" måste fyllas i.");
    assertThat(Footprint.of(jdbc)).isEqualTo(before);
  }

  @Test
  void scriptTagsAndSqlAreTextStoredVerbatimAndShownNowhereAsMarkup() {
    String markup = "\"><img src=x onerror=alert(1)>";
    String students = "Robert'); DROP TABLE Students;--";
    Answer started = rest("sara").post(submit(HostileInputs.SOCIAL_SERVICES), Map.of("variables",
        CaseFixtures.socialServicesCase().with("personName", SCRIPT).with("personCitizenship", SQL)
            .with("identityDocument", markup).with("language", students).restVariables()));
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    String id = started.json().get("id").asText();
    String caseNumber = started.json().get("businessKey").asText();
    TRIED.addAndGet(4);

    assertThat(runtimeService.getVariables(id)).containsEntry("personName", SCRIPT)
        .containsEntry("personCitizenship", SQL).containsEntry("identityDocument", markup)
        .containsEntry("language", students);
    assertThat(caseNumber).matches("BT-\\d{4}-\\d{5}");
    List<Task> tasks = taskService.createTaskQuery().processInstanceBusinessKey(caseNumber).list();
    assertThat(tasks).isNotEmpty().allSatisfy(task -> assertThat(task.getName())
        .matches("[\\p{L} ]+ – " + caseNumber));
    List<String> mailValues = QueuedMails.of(managementService, caseNumber).stream().map(QueuedMails.Queued::payload)
        .toList();
    assertThat(mailValues).as("the queued e-mail (plain text) for the coordinator").isNotEmpty()
        .noneMatch(value -> value.contains("<") || value.contains("DROP TABLE") || value.contains("onerror"));
    assertThat(rest("maria").get("/api/dashboard/overview").body()).doesNotContain("<script").doesNotContain("DROP");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ACT_RU_TASK WHERE PROC_INST_ID_ = ?", Integer.class, id))
        .as("ACT_RU_TASK is still there").isEqualTo(tasks.size());
  }

  @Test
  void sqlInQueryParametersFindsNothingAndBreaksNothing() {
    int tasks = jdbc.queryForObject("SELECT COUNT(*) FROM ACT_RU_TASK", Integer.class);
    assertThat(rest("sara").get("/engine-rest/task?processInstanceBusinessKey=" + encode("' OR '1'='1")).body())
        .isEqualTo("[]");
    assertThat(rest("sara").get("/engine-rest/process-instance?businessKey=" + encode(SQL)).body()).isEqualTo("[]");
    assertThat(rest("sara").get("/engine-rest/variable-instance?variableValues=" + encode("personName_eq_' OR 1=1 --"))
        .body()).isEqualTo("[]");
    assertThat(rest("sara").get("/engine-rest/task?sortBy=" + encode("name; DROP TABLE ACT_RU_TASK")
        + "&sortOrder=asc").status()).isEqualTo(400);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ACT_RU_TASK", Integer.class)).isEqualTo(tasks);
    TRIED.addAndGet(4);
  }

  @Test
  void decisionsForUnknownMalformedOrClosedCaseNumbersAreRefused() {
    assertRefused(decision("BT-1999-99999", "granted", EngineTime.today().toString()), "businessKey",
        "Det finns inget ärende med ärendenumret BT-1999-99999.");
    assertRefused(decision(SQL, "granted", EngineTime.today().toString()), "businessKey", "Det finns inget ärende");
    assertRefused(decision(null, "granted", EngineTime.today().toString()), "businessKey", "måste fyllas i");
    Answer closed = rest("sara").post(submit(HostileInputs.SOCIAL_SERVICES),
        Map.of("variables", CaseFixtures.socialServicesCase().restVariables()));
    runtimeService.deleteProcessInstance(closed.json().get("id").asText(), "avslutat i testet");
    String closedCase = closed.json().get("businessKey").asText();
    assertRefused(decision(closedCase, "granted", EngineTime.today().toString()), "businessKey", "är avslutat");
  }

  @Test
  void aWaitingCaseRefusesABadDecisionAndGoesOnWaiting() {
    Answer started = rest("alex").post(submit(HostileInputs.INVESTIGATION_LEADER),
        Map.of("variables", CaseFixtures.investigationLeaderCase().restVariables()));
    String caseNumber = started.json().get("businessKey").asText();
    Footprint before = Footprint.of(jdbc);

    assertRefused(decision(caseNumber, "maybe", EngineTime.today().toString()), "decisionResult", "Fältet");
    assertRefused(decision(caseNumber, "granted", "2026-02-30"), "decisionDate", "är inte ett giltigt datum");
    assertRefused(decision(caseNumber, "granted", "0000-01-01"), "decisionDate", "är inte ett rimligt datum");
    assertRefused(decision(caseNumber, "granted", "31/12/2026"), "decisionDate", "är inte ett giltigt datum");

    assertThat(Footprint.of(jdbc)).isEqualTo(before);
    assertThat(taskService.createTaskQuery().processInstanceBusinessKey(caseNumber)
        .taskDefinitionKey("UserTask_RegisterDecision").count()).isOne();
  }

  @Test
  void aTaskFormRefusesBadValuesAndFieldsItDoesNotHave() {
    Answer started = rest("sara").post(submit(HostileInputs.SOCIAL_SERVICES),
        Map.of("variables", CaseFixtures.socialServicesCase().restVariables()));
    String id = started.json().get("id").asText();
    Task advice = taskService.createTaskQuery().processInstanceId(id).singleResult();
    Footprint before = Footprint.of(jdbc);

    assertRefused(advise(advice, typed("maybe", "String"), null), "coordinatorRecommendation",
        "inte finns bland valen");
    assertRefused(advise(advice, typed("apply", "String"), Map.of("coordinatorAdvice",
        typed(HostileInputs.ONE_MEGABYTE, "String"))), "coordinatorAdvice", "får vara högst 4000 tecken");
    assertRefused(advise(advice, typed("apply", "String"), Map.of("coordinatorAdvice", typed(42, "Integer"))),
        "coordinatorAdvice", "måste vara text");
    assertRefused(advise(advice, null, null), "coordinatorRecommendation", "måste fyllas i");
    assertRefused(advise(advice, typed("apply", "String"), Map.of("municipalityCode", typed("1480", "String"))),
        "municipalityCode", "Fältet \"municipalityCode\" finns inte i formuläret.");
    assertRefused(advise(advice, typed("apply", "String"), Map.of("caseNumber", typed("BT-2026-99999", "String"))),
        "caseNumber", "finns inte i formuläret");
    assertRefused(advise(advice, typed("apply", "String"), Map.of("outcome", typed("ASYLUM", "String"))),
        "outcome", "finns inte i formuläret");

    assertThat(Footprint.of(jdbc)).isEqualTo(before);
    assertThat(runtimeService.getVariable(id, "municipalityCode")).isEqualTo("0180");
    Answer done = advise(advice, typed("apply", "String"), Map.of("coordinatorAdvice", typed(SCRIPT, "String")));
    assertThat(done.status()).as(done.body()).isEqualTo(204);
    assertThat(runtimeService.getVariable(id, "coordinatorAdvice")).isEqualTo(SCRIPT);
  }

  @Test
  void theSameStartSubmittedTwiceOpensOneCase() throws Exception {
    duplicates.window(Duration.ofMinutes(10));
    try {
      Map<String, Object> variables = CaseFixtures.socialServicesCase()
          .with("identityDocument", "DUP-" + System.nanoTime()).restVariables();
      Answer first = rest("sara").post(submit(HostileInputs.SOCIAL_SERVICES), Map.of("variables", variables));
      assertThat(first.status()).as(first.body()).isEqualTo(200);
      Footprint before = Footprint.of(jdbc);

      Answer again = rest("sara").post(submit(HostileInputs.SOCIAL_SERVICES), Map.of("variables", variables));

      assertDuplicate(again);
      assertThat(Footprint.of(jdbc)).as("nothing started").isEqualTo(before);
      Map<String, Object> other = new LinkedHashMap<>(variables);
      other.put("language", typed("arabiska", "String"));
      assertThat(rest("sara").post(submit(HostileInputs.SOCIAL_SERVICES), Map.of("variables", other)).status())
          .as("other values: another case").isEqualTo(200);

      Map<String, Object> twice = CaseFixtures.socialServicesCase()
          .with("identityDocument", "DUP2-" + System.nanoTime()).restVariables();
      ExecutorService pool = Executors.newFixedThreadPool(2);
      try {
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Answer>> calls = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
          calls.add(pool.submit(() -> {
            go.await();
            return rest("sara").post(submit(HostileInputs.SOCIAL_SERVICES), Map.of("variables", twice));
          }));
        }
        go.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Answer> call : calls) {
          statuses.add(call.get().status());
        }
        assertThat(statuses).as("a double click").containsExactlyInAnyOrder(200, 409);
      } finally {
        pool.shutdownNow();
      }

      ClockUtil.setCurrentTime(Date.from(Instant.now().plus(Duration.ofMinutes(11))));
      assertThat(rest("sara").post(submit(HostileInputs.SOCIAL_SERVICES), Map.of("variables", variables)).status())
          .as("after the window").isEqualTo(200);
    } finally {
      duplicates.window(Duration.ZERO);
    }
  }

  private static void assertDuplicate(Answer answer) {
    assertThat(answer.status()).as(answer.body()).isEqualTo(409);
    assertThat(answer.json().get("type").asText()).isEqualTo("DuplicateStartException");
    assertThat(answer.json().get("message").asText()).startsWith("Ärendet är redan startat")
        .contains("10 minuter");
    TRIED.incrementAndGet();
  }

  @AfterAll
  void summary() {
    System.out.printf("Hostile input: %d hostile inputs tried, each refused with a Swedish 4xx or stored as "
        + "verbatim text%n", TRIED.get());
  }

  private Answer advise(Task task, Object recommendation, Map<String, Object> more) {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("coordinatorAdvice", typed("Ansök i dag.", "String"));
    if (recommendation != null) {
      variables.put("coordinatorRecommendation", recommendation);
    }
    if (more != null) {
      variables.putAll(more);
    }
    return rest("kim").post("/engine-rest/task/" + task.getId() + "/submit-form", Map.of("variables", variables));
  }

  private Answer decision(String caseNumber, String result, String date) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("messageName", "DecisionReceived");
    if (caseNumber != null) {
      body.put("businessKey", caseNumber);
    }
    body.put("processVariables", Map.of("decisionResult", typed(result, "String"), "decisionDate",
        typed(date, "String")));
    return rest("admin").post("/engine-rest/message", body);
  }

  static void assertRefused(Answer answer, String field, String message) {
    assertThat(answer.status()).as(answer.body()).isEqualTo(400);
    JsonNode json = answer.json();
    assertThat(json.get("type").asText()).isEqualTo("CaseValidationException");
    if (field != null) {
      assertThat(json.path("field").asText()).isEqualTo(field);
    }
    assertThat(json.get("message").asText()).contains(message).doesNotContain("Exception");
    TRIED.incrementAndGet();
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
