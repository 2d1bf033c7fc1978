package se.betanketid.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import se.betanketid.CaseFixtures;
import se.betanketid.RestCalls;
import se.betanketid.application.SocialServicesApplication;
import se.betanketid.calendar.EngineTime;

/**
 * Benchmark 5, the case's documents (docs/benchmarks.md): latency of
 * {@code GET /api/cases/{caseNumber}/application.pdf} (the case read under the caller's authorizations, the PDF/A
 * rendered from its template, nothing stored), one client, one after another, after a warm-up; a social services'
 * case decided to apply, with two children (two pages). Budget: p99 at most 300 ms.
 */
class DocumentBenchmark {

  static final int PORT = Integer.getInteger("bench.port", 8094);
  static final int REQUESTS = Integer.getInteger("bench.documents.requests", 200);
  static final String NAME = "documents";
  static final double BUDGET_MILLIS = 300;

  @Test
  void renderTheApplication() {
    try (BenchApp app = BenchApp.start(NAME, PORT, Map.of("camunda.bpm.job-execution.enabled", false))) {
      String caseNumber = decidedCase(app);
      RestCalls sara = new RestCalls("http://localhost:" + PORT, "sara");
      String path = "/api/cases/" + caseNumber + "/application.pdf";
      long firstStart = System.nanoTime();
      assertThat(sara.get(path).status()).isEqualTo(200);
      double first = (System.nanoTime() - firstStart) / 1e6;
      Latency latency = Latency.of(sara, path, REQUESTS, null);
      BenchReport.section("5. The case's documents (GET /api/cases/{caseNumber}/application.pdf as sara, one client)");
      BenchReport.line("%s", String.format(Locale.ROOT, "first request after start %,.0f ms; then p50 %,.0f ms, p99 %,.0f"
          + " ms, max %,.0f ms (%d requests); budget p99 <= %.0f ms: %s", first, latency.p50(), latency.p99(),
          latency.max(), latency.requests(), BUDGET_MILLIS, latency.p99() <= BUDGET_MILLIS ? "met" : "MISSED"));
      BenchReport.printAll();
    }
    BenchDatabase.drop(NAME);
  }

  /** A social services' case in Stockholm with two children, advised and decided (apply) through the engine. */
  private static String decidedCase(BenchApp app) {
    ProcessInstance instance = app.engine.getRuntimeService().startProcessInstanceByKey(
        SocialServicesApplication.PROCESS_KEY,
        CaseFixtures.socialServicesCase().withChild("none_known").withChild("asylum").variables());
    complete(app, instance, SocialServicesApplication.ADVISE_ON_APPLICATION, Map.of(
        SocialServicesApplication.COORDINATOR_ADVICE, "Ansök i dag.",
        SocialServicesApplication.COORDINATOR_RECOMMENDATION, SocialServicesApplication.APPLY));
    complete(app, instance, SocialServicesApplication.DECIDE_ON_APPLICATION, Map.of(
        SocialServicesApplication.APPLICATION_DECISION, SocialServicesApplication.APPLY,
        SocialServicesApplication.DECISION_MADE_BY, "Enhetschef enligt delegationsordningen",
        SocialServicesApplication.APPLICATION_DECISION_DATE, EngineTime.today().toString(),
        SocialServicesApplication.APPLICATION_GROUNDS, "Personen har berättat om tvångsarbete och skuld.",
        SocialServicesApplication.CONTACT_PERSON_NAME, "Handläggare Socialtjänsten",
        SocialServicesApplication.CONTACT_PERSON_PHONE, "08-508 000 00"));
    return instance.getBusinessKey();
  }

  private static void complete(BenchApp app, ProcessInstance instance, String taskKey, Map<String, Object> values) {
    TaskService tasks = app.engine.getTaskService();
    Task task = tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(taskKey).singleResult();
    tasks.complete(task.getId(), values);
  }
}
