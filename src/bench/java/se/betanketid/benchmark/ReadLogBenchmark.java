package se.betanketid.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import se.betanketid.CaseFixtures;
import se.betanketid.RestCalls;
import se.betanketid.application.SocialServicesApplication;

/**
 * Benchmark: what the read log (package readlog) adds to a task form's load. A task form loads as Tasklist loads it:
 * {@code GET /task/{id}/deployed-form} and {@code GET /task/{id}/form-variables} through the REST API as sara (the
 * form variables are logged, one row per load), one client, one after another, after a warm-up; the same with the
 * engine's reads unlogged ({@code betanketid.read-log.engine-reads=false}). One application without the log warms the
 * JVM up first and is not counted; then the two alternate ({@code bench.readlog.rounds} times each, the one with the log
 * first in each round), so neither profits from the JVM's warm-up. Goal: at most +10 %.
 */
class ReadLogBenchmark {

  static final int PORT = Integer.getInteger("bench.port", 8094);
  static final int WARM_UP = Integer.getInteger("bench.readlog.warm-up", 300);
  static final int LOADS = Integer.getInteger("bench.readlog.loads", 600);
  static final String NAME = "readlog";
  static final double GOAL = 1.10;

  static final int ROUNDS = Integer.getInteger("bench.readlog.rounds", 2);

  record Run(double p50, double mean, double p99, long rows) {
    static Run meanOf(List<Run> runs) {
      return new Run(runs.stream().mapToDouble(Run::p50).average().orElseThrow(),
          runs.stream().mapToDouble(Run::mean).average().orElseThrow(),
          runs.stream().mapToDouble(Run::p99).average().orElseThrow(), runs.stream().mapToLong(Run::rows).sum());
    }
  }

  @Test
  void aTaskFormLoadsWithAndWithoutTheReadLog() {
    run(false); // the JVM's own warm-up, not counted
    List<Run> withRuns = new ArrayList<>();
    List<Run> withoutRuns = new ArrayList<>();
    for (int round = 0; round < ROUNDS; round++) {
      withRuns.add(run(true));
      withoutRuns.add(run(false));
    }
    Run with = Run.meanOf(withRuns);
    Run without = Run.meanOf(withoutRuns);
    double ratio = with.mean() / without.mean();
    double ratioP50 = with.p50() / without.p50();
    BenchReport.section("Read log: a task form's load (deployed-form + form-variables through the REST API as sara,"
        + " one client, " + LOADS + " loads after " + WARM_UP + ", " + ROUNDS + " alternating rounds)");
    BenchReport.line("%s", String.format(Locale.ROOT, "with the read log:    mean %.2f ms, p50 %.2f ms, p99 %.2f ms"
        + " (%d rows written)", with.mean(), with.p50(), with.p99(), with.rows()));
    BenchReport.line("%s", String.format(Locale.ROOT, "without the read log: mean %.2f ms, p50 %.2f ms, p99 %.2f ms"
        + " (%d rows written)", without.mean(), without.p50(), without.p99(), without.rows()));
    BenchReport.line("%s", String.format(Locale.ROOT, "ratio with/without: mean %.3f (%+.1f %%), p50 %.3f (%+.1f %%);"
        + " goal at most +10 %%: %s", ratio, (ratio - 1) * 100, ratioP50, (ratioP50 - 1) * 100,
        ratio <= GOAL ? "MET" : "MISSED"));
    BenchReport.line("load: %s", BenchReport.load());
    BenchReport.printAll();
    assertThat(with.rows()).isGreaterThanOrEqualTo((long) LOADS * ROUNDS);
    assertThat(without.rows()).isZero();
  }

  private static Run run(boolean readLog) {
    try (BenchApp app = BenchApp.start(NAME, PORT, Map.of("camunda.bpm.job-execution.enabled", false,
        "betanketid.read-log.engine-reads", readLog))) {
      ProcessInstance instance = app.engine.getRuntimeService().startProcessInstanceByKey(
          SocialServicesApplication.PROCESS_KEY, CaseFixtures.socialServicesCase().withChild("none_known")
              .withChild("asylum").variables());
      Task task = app.engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
          .taskCandidateGroup("socialtjanst-0180").list().stream().findFirst()
          .orElseGet(() -> app.engine.getTaskService().createTaskQuery()
              .processInstanceBusinessKey(instance.getBusinessKey()).taskCandidateGroup("socialtjanst-0180").list()
              .get(0));
      RestCalls sara = new RestCalls("http://localhost:" + PORT, "sara");
      String form = "/engine-rest/task/" + task.getId() + "/deployed-form";
      String variables = "/engine-rest/task/" + task.getId() + "/form-variables";
      for (int i = 0; i < WARM_UP; i++) {
        load(sara, form, variables);
      }
      long rowsBefore = rows(app);
      List<Double> millis = new ArrayList<>();
      for (int i = 0; i < LOADS; i++) {
        long start = System.nanoTime();
        load(sara, form, variables);
        millis.add((System.nanoTime() - start) / 1e6);
      }
      double mean = millis.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
      return new Run(BenchReport.percentile(millis, 50), mean, BenchReport.percentile(millis, 99),
          rows(app) - rowsBefore);
    } finally {
      BenchDatabase.drop(NAME);
    }
  }

  private static void load(RestCalls client, String form, String variables) {
    RestCalls.Answer deployed = client.get(form);
    RestCalls.Answer values = client.get(variables);
    if (deployed.status() != 200 || values.status() != 200) {
      throw new IllegalStateException("the task form answered " + deployed.status() + "/" + values.status() + ": "
          + values.body());
    }
  }

  private static long rows(BenchApp app) {
    Long rows = app.bean(org.springframework.jdbc.core.JdbcTemplate.class)
        .queryForObject("SELECT COUNT(*) FROM read_log", Long.class);
    return rows == null ? 0 : rows;
  }
}
