package se.betanketid.readlog;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.betanketid.CaseFixtures;
import se.betanketid.ProcessTestCase;
import se.betanketid.RestCalls.Answer;
import se.betanketid.WebappSession;
import se.betanketid.application.SocialServicesApplication;
import se.betanketid.calendar.EngineTime;
import se.betanketid.casefile.ApplicantType;
import se.betanketid.demo.CaseSteps;
import se.betanketid.notification.QueuedMails;
import se.betanketid.notification.TestMailServer;

/**
 * The read log: a read through each path is one row with the right user, channel and client; refused reads and the
 * engine's own reads leave none; the manager's page, JSON and CSV; nobody else sees the log; break-glass with and
 * without a reason; the log's own retention.
 */
class ReadLogIT extends ProcessTestCase {

  /** A manager of Upplands Väsby (0114), a municipality of Stockholm's police region: may break glass there. */
  static final String NEIGHBOUR = "berit";

  @Autowired JdbcTemplate jdbc;
  @Autowired ReadLogRetention retention;

  @BeforeEach
  void neighbourManager() {
    TestMailServer.start();
    if (identityService.createUserQuery().userId(NEIGHBOUR).count() == 0) {
      User user = identityService.newUser(NEIGHBOUR);
      user.setPassword(NEIGHBOUR);
      user.setEmail(NEIGHBOUR + "@betanketid.example");
      identityService.saveUser(user);
      if (identityService.createGroupQuery().groupId("chef-0114").count() == 0) {
        var group = identityService.newGroup("chef-0114");
        group.setName("Chefer socialtjänsten Upplands Väsby");
        group.setType("WORKFLOW");
        identityService.saveGroup(group);
      }
      identityService.createMembership(NEIGHBOUR, "chef-0114");
    }
  }

  @AfterEach
  void removeNeighbour() {
    identityService.deleteUser(NEIGHBOUR);
  }

  record Row(String user, String channel, String client, boolean breakGlass, String reason) {}

  private List<Row> rows(String caseNumber) {
    return jdbc.query("SELECT user_id, channel, client, break_glass, reason FROM read_log WHERE case_number = ?"
        + " ORDER BY id", (r, n) -> new Row(r.getString(1), r.getString(2), r.getString(3), r.getBoolean(4),
        r.getString(5)), caseNumber);
  }

  @Test
  void aReadThroughEachPathIsOneRowWithItsUserChannelAndClient() throws Exception {
    ProcessInstance route = decided(CaseFixtures.socialServicesCase().withChild("none_known"));
    String caseNumber = route.getBusinessKey();
    assertThat(rows(caseNumber)).as("starting and completing as the engine reads nothing").isEmpty();

    assertThat(get("sara", "/api/cases/" + caseNumber, Map.of("X-Betanketid-View", "case-page")).statusCode())
        .isEqualTo(200);
    assertThat(rest("sara").get("/api/cases/" + caseNumber).status()).isEqualTo(200);
    assertThat(get("sara", "/api/cases/" + caseNumber + "/application.pdf", Map.of()).statusCode()).isEqualTo(200);
    Task childTask = taskService.createTaskQuery().processInstanceBusinessKey(caseNumber).taskCandidateGroup(
        "socialtjanst-0180").list().get(0);
    WebappSession tasklist = WebappSession.login("http://localhost:" + port, "sara", "tasklist");
    Answer form = tasklist.get(WebappSession.ENGINE + "/task/" + childTask.getId() + "/form-variables");
    assertThat(form.status()).as(form.body()).isEqualTo(200);
    assertThat(rest("sara").get("/engine-rest/process-instance/" + route.getId() + "/variables").status())
        .isEqualTo(200);
    assertThat(rest("sara").get("/engine-rest/task/" + childTask.getId() + "/variables").status()).isEqualTo(200);
    Answer history = rest("sara").get("/engine-rest/history/variable-instance?processInstanceId=" + route.getId());
    assertThat(history.json().size()).isPositive();
    assertThat(rest("sara").get("/engine-rest/history/detail?processInstanceId=" + route.getId()).json().size())
        .isPositive();

    assertThat(rows(caseNumber)).containsExactly(
        new Row("sara", "CASE_PAGE", "Ärendesidorna (Basic)", false, null),
        new Row("sara", "CASE_API", "Ärendesidorna (Basic)", false, null),
        new Row("sara", "DOCUMENT", "Ärendesidorna (Basic)", false, null),
        new Row("sara", "TASK_FORM", "Camunda-webbapp (inloggad session)", false, null),
        new Row("sara", "VARIABLES", "REST-API (Basic)", false, null),
        new Row("sara", "VARIABLES", "REST-API (Basic)", false, null),
        new Row("sara", "HISTORY", "REST-API (Basic)", false, null),
        new Row("sara", "HISTORY", "REST-API (Basic)", false, null));
    assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT municipality_code) FROM read_log WHERE case_number = ?",
        String.class, caseNumber)).isEqualTo("1");
  }

  @Test
  void aReadOfAChildsProcessInstanceIsLoggedForItsCaseFoundThroughItsRootInTheRegister() {
    ProcessInstance route = decided(CaseFixtures.socialServicesCase().withChild("none_known"));
    String caseNumber = route.getBusinessKey();
    ProcessInstance child = runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(se.betanketid.casefile.CaseProcesses.ACCOMPANYING_CHILD).processInstanceBusinessKey(caseNumber)
        .list().get(0);
    assertThat(child.getRootProcessInstanceId()).isEqualTo(route.getId());

    assertThat(rest("sara").get("/engine-rest/process-instance/" + child.getId() + "/variables").status())
        .isEqualTo(200);
    assertThat(rest("sara").get("/engine-rest/history/variable-instance?processInstanceId=" + child.getId()).json()
        .size()).isPositive();

    assertThat(rows(caseNumber)).containsExactly(
        new Row("sara", "VARIABLES", "REST-API (Basic)", false, null),
        new Row("sara", "HISTORY", "REST-API (Basic)", false, null));
    assertThat(jdbc.queryForList("SELECT municipality_code FROM read_log WHERE case_number = ?", String.class,
        caseNumber)).containsOnly("0180");
  }

  @Test
  void refusedReadsAndTheEnginesOwnReadsLeaveNoRow() {
    ProcessInstance route = runtimeService.startProcessInstanceByKey(SocialServicesApplication.PROCESS_KEY,
        CaseFixtures.socialServicesCase().variables());
    String caseNumber = route.getBusinessKey();
    Task advice = taskService.createTaskQuery().processInstanceId(route.getId())
        .taskDefinitionKey(SocialServicesApplication.ADVISE_ON_APPLICATION).singleResult();

    assertThat(rest("nils").get("/engine-rest/process-instance/" + route.getId() + "/variables").status())
        .isIn(403, 404);
    assertThat(rest("nils").get("/engine-rest/task/" + advice.getId() + "/form-variables").status()).isIn(403, 404);
    assertThat(rest("nils").get("/engine-rest/history/variable-instance?processInstanceId=" + route.getId()).json()
        .size()).isZero();
    assertThat(rest("nils").get("/api/cases/" + caseNumber).status()).isEqualTo(404);
    assertThat(rest("nils").get("/api/cases/" + caseNumber + "/application.pdf").status()).isEqualTo(404);
    assertThat(rest("eva").get("/engine-rest/variable-instance?processInstanceIdIn=" + route.getId()).json().size())
        .isZero();
    // a read that fails for want of data (409) is no read
    assertThat(rest("sara").get("/api/cases/" + caseNumber + "/decision-record.pdf").status()).isEqualTo(409);
    // the engine's own work: variables read without a user, a completion with its listeners, the register
    runtimeService.getVariables(route.getId());
    historyService.createHistoricVariableInstanceQuery().processInstanceId(route.getId()).list();
    Answer done = rest("kim").post("/engine-rest/task/" + advice.getId() + "/complete", Map.of("variables", Map.of(
        "coordinatorAdvice", Map.of("value", "Ansök."), "coordinatorRecommendation", Map.of("value", "apply"))));
    assertThat(done.status()).as(done.body()).isEqualTo(204);
    for (Job job : dueJobsOf(caseNumber)) {
      try {
        managementService.executeJob(job.getId());
      } catch (RuntimeException ignored) {
        // only whether it logged a read matters
      }
    }
    // a read of the case number alone is no read of personal data
    assertThat(rest("sara").get("/engine-rest/process-instance/" + route.getId() + "/variables/caseNumber").status())
        .isEqualTo(200);
    assertThat(rows(caseNumber)).isEmpty();
  }

  @Test
  void theManagerSeesWhoReadHerMunicipalitysCaseAsPageJsonAndCsvAndNobodyElseSeesTheLog() throws Exception {
    ProcessInstance route = runtimeService.startProcessInstanceByKey(SocialServicesApplication.PROCESS_KEY,
        CaseFixtures.socialServicesCase().variables());
    String caseNumber = route.getBusinessKey();
    rest("sara").get("/engine-rest/process-instance/" + route.getId() + "/variables");
    rest("kim").get("/engine-rest/history/variable-instance?processInstanceId=" + route.getId());

    Answer json = rest("maria").get("/api/read-log?case=" + caseNumber);
    assertThat(json.status()).as(json.body()).isEqualTo(200);
    List<String> readers = new ArrayList<>();
    json.json().get("reads").forEach(read -> readers.add(read.get("userId").asText() + ":"
        + read.get("channel").asText()));
    assertThat(readers).containsExactlyInAnyOrder("sara:Ärendets variabler", "kim:Ärendets historik");
    String today = se.betanketid.calendar.EngineTime.today().toString();
    assertThat(rest("maria").get("/api/read-log?user=kim&from=" + today + "&to=" + today).body())
        .contains(caseNumber).doesNotContain("\"userId\":\"sara\"");

    HttpResponse<String> page = get("maria", "/cases/read-log?case=" + caseNumber, Map.of());
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("<html lang=\"sv\"", "Läslogg", "sara", "kim", "Ärendets historik",
        "REST-API (Basic)");
    HttpResponse<String> csv = get("maria", "/api/read-log.csv?case=" + caseNumber, Map.of());
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    assertThat(csv.body()).startsWith("\uFEFFTid;Användare;Ärende;Genom;Klient;Nödåtkomst;Skäl")
        .contains(";sara;" + caseNumber + ";Ärendets variabler;REST-API (Basic);Nej;");
    for (String personal : CaseFixtures.PERSONAL_DATA) {
      assertThat(csv.body() + page.body() + json.body()).doesNotContain(personal);
    }

    Answer badDate = rest("maria").get("/api/read-log?from=05/06/2026");
    assertThat(badDate.status()).isEqualTo(400);
    assertThat(badDate.json().get("message").asText()).contains("\"Från\"", "ÅÅÅÅ-MM-DD");

    for (String outsider : List.of("eva", "sara", "kim", "nils", "admin")) {
      for (String path : List.of("/api/read-log", "/api/read-log.csv", "/cases/read-log")) {
        HttpResponse<String> refused = get(outsider, path + "?case=" + caseNumber, Map.of());
        assertThat(refused.statusCode()).as(outsider + " " + path).isEqualTo(403);
        assertThat(refused.body()).as(outsider + " " + path).contains("Läsloggen visas bara för chefer")
            .doesNotContain(caseNumber + ";").doesNotContain("\"userId\"");
      }
    }
    ProcessInstance gothenburg = runtimeService.startProcessInstanceByKey(SocialServicesApplication.PROCESS_KEY,
        CaseFixtures.socialServicesCase().with("municipalityCode", "1480").variables());
    rest("nils").get("/engine-rest/process-instance/" + gothenburg.getId() + "/variables");
    assertThat(rest("maria").get("/api/read-log?case=" + gothenburg.getBusinessKey()).status()).isEqualTo(404);
    assertThat(rest("maria").get("/api/read-log").body()).doesNotContain(gothenburg.getBusinessKey());
  }

  @Test
  void breakGlassNeedsAReasonIsMarkedInTheLogAndMailsTheCasesManager() throws Exception {
    ProcessInstance route = runtimeService.startProcessInstanceByKey(SocialServicesApplication.PROCESS_KEY,
        CaseFixtures.socialServicesCase().variables());
    String caseNumber = route.getBusinessKey();
    assertThat(rest(NEIGHBOUR).get("/api/cases/" + caseNumber).status()).isEqualTo(404);

    HttpResponse<String> withoutReason = breakGlass(NEIGHBOUR, caseNumber, "  ");
    assertThat(withoutReason.statusCode()).isEqualTo(400);
    assertThat(withoutReason.body()).contains("Fältet \\\"Skäl\\\" måste fyllas i").doesNotContain("stage");
    assertThat(rows(caseNumber)).isEmpty();
    assertThat(breakGlassMails(caseNumber)).isEmpty();

    for (String outsider : List.of("nils", "eva", "kim", "sara")) {
      HttpResponse<String> refused = breakGlass(outsider, caseNumber, "Jag behöver se ärendet.");
      if (!outsider.equals("sara")) {
        assertThat(refused.statusCode()).as(outsider).isEqualTo(404);
      }
    }
    assertThat(rows(caseNumber)).isEmpty();

    String reason = "Går in för chefen i Stockholm under semestern; personen har sökt akut stöd.";
    HttpResponse<String> opened = breakGlass(NEIGHBOUR, caseNumber, reason);
    assertThat(opened.statusCode()).as(opened.body()).isEqualTo(200);
    assertThat(opened.body()).contains("\"caseNumber\":\"" + caseNumber + "\"", "\"breakGlass\":true");
    assertThat(rows(caseNumber)).containsExactly(
        new Row(NEIGHBOUR, "CASE_API", "Ärendesidorna (Basic)", true, reason));
    // still no access without break-glass
    assertThat(rest(NEIGHBOUR).get("/engine-rest/process-instance/" + route.getId() + "/variables").status())
        .isIn(403, 404);

    List<QueuedMails.Queued> mails = breakGlassMails(caseNumber);
    assertThat(mails).hasSize(1);
    mails.forEach(mail -> managementService.executeJob(mail.job().getId()));
    List<MimeMessage> received = TestMailServer.received().stream()
        .filter(mail -> subject(mail).contains(caseNumber)).toList();
    assertThat(received).hasSize(1);
    assertThat(subject(received.get(0))).isEqualTo("Nödåtkomst till ärende " + caseNumber);
    assertThat(received.get(0).getAllRecipients()[0].toString()).isEqualTo("maria@betanketid.example");
    String body = received.get(0).getContent().toString();
    assertThat(body).contains(caseNumber).doesNotContain(NEIGHBOUR).doesNotContain("semestern");

    Answer log = rest("maria").get("/api/read-log?case=" + caseNumber);
    assertThat(log.json().get("reads").get(0).get("breakGlass").asBoolean()).isTrue();
    assertThat(log.json().get("reads").get(0).get("reason").asText()).isEqualTo(reason);
  }

  @Test
  void breakGlassInALoggedInSessionLetsItReadTheCasePageMarkedInTheLog() {
    ProcessInstance route = runtimeService.startProcessInstanceByKey(SocialServicesApplication.PROCESS_KEY,
        CaseFixtures.socialServicesCase().variables());
    String caseNumber = route.getBusinessKey();
    WebappSession session = WebappSession.login("http://localhost:" + port, NEIGHBOUR, "welcome");
    assertThat(session.get("/api/cases/" + caseNumber).status()).isEqualTo(404);
    Answer withoutReason = session.post("/cases/break-glass?case=" + caseNumber, Map.of());
    assertThat(withoutReason.status()).isEqualTo(400);
    assertThat(withoutReason.body()).contains("<html lang=\"sv\"", "måste fyllas i");
    assertThat(session.get("/api/cases/" + caseNumber).status()).isEqualTo(404);

    Answer opened = session.post("/cases/break-glass?case=" + caseNumber + "&reason="
        + URLEncoder.encode("Chefen i Stockholm är sjuk.", StandardCharsets.UTF_8), Map.of());
    assertThat(opened.status()).isEqualTo(303);
    Answer page = session.get("/api/cases/" + caseNumber);
    assertThat(page.status()).as(page.body()).isEqualTo(200);
    assertThat(page.body()).contains("\"breakGlass\":true");
    assertThat(rows(caseNumber)).containsExactly(new Row(NEIGHBOUR, "CASE_API", "Ärendesidorna (inloggad session)",
        true, "Chefen i Stockholm är sjuk."));
    assertThat(breakGlassMails(caseNumber)).hasSize(1);
    // the opening is the case page's only: the engine still refuses her
    assertThat(session.get(WebappSession.ENGINE + "/process-instance/" + route.getId() + "/variables").status())
        .isIn(401, 403, 404);
  }

  @Test
  void theLogKeepsItsRowsForItsOwnRetentionAndNoLonger() {
    ProcessInstance route = runtimeService.startProcessInstanceByKey(SocialServicesApplication.PROCESS_KEY,
        CaseFixtures.socialServicesCase().variables());
    String caseNumber = route.getBusinessKey();
    java.time.Instant now = java.time.Instant.now();
    ClockUtil.setCurrentTime(java.util.Date.from(now.minus(java.time.Duration.ofDays(365L * 10 + 5))));
    rest("sara").get("/engine-rest/process-instance/" + route.getId() + "/variables");
    ClockUtil.setCurrentTime(java.util.Date.from(now.minus(java.time.Duration.ofDays(365L * 10 - 5))));
    rest("sara").get("/engine-rest/history/variable-instance?processInstanceId=" + route.getId());
    ClockUtil.reset();
    assertThat(rows(caseNumber)).hasSize(2);

    retention.sweep();

    assertThat(rows(caseNumber)).extracting(Row::channel).containsExactly("HISTORY");
    assertThat(jdbc.queryForObject("SELECT MIN(read_at) FROM read_log", Timestamp.class).toInstant())
        .isAfter(now.minus(java.time.Duration.ofDays(365L * 10 + 1)));
  }

  /** The due jobs of the case's process instances and of its mails (not the other tests' jobs). */
  private List<Job> dueJobsOf(String caseNumber) {
    List<org.camunda.bpm.engine.runtime.ProcessInstance> instances =
        runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).list();
    assertThat(instances).as("the case's instances").isNotEmpty();
    return Stream.concat(instances.stream()
        .flatMap(instance -> managementService.createJobQuery().processInstanceId(instance.getId()).list().stream()),
            QueuedMails.of(managementService, caseNumber).stream().map(QueuedMails.Queued::job))
        .filter(job -> job.getDuedate() == null || !job.getDuedate().after(ClockUtil.getCurrentTime()))
        .toList();
  }

  private List<QueuedMails.Queued> breakGlassMails(String caseNumber) {
    return QueuedMails.of(managementService, caseNumber).stream().filter(mail -> "BREAK_GLASS".equals(mail.kind()))
        .toList();
  }

  private HttpResponse<String> breakGlass(String user, String caseNumber, String reason) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/cases/" + caseNumber
            + "/break-glass"))
        .header("Authorization", basic(user)).header("Accept", "application/json")
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("reason=" + URLEncoder.encode(reason, StandardCharsets.UTF_8)))
        .build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> get(String user, String path, Map<String, String> headers) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Authorization", basic(user));
    headers.forEach(request::header);
    return HttpClient.newHttpClient().send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String basic(String user) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
  }

  private static String subject(MimeMessage mail) {
    try {
      return mail.getSubject();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** A social services' case through the coordinator's advice and the board's decision to apply. */
  private ProcessInstance decided(CaseFixtures fixture) {
    CaseSteps steps = new CaseSteps(processEngine);
    ProcessInstance route = steps.start(ApplicantType.SOCIAL_SERVICES, fixture.variables());
    steps.advise(route, true);
    steps.decideToApply(route, EngineTime.today());
    return route;
  }
}
