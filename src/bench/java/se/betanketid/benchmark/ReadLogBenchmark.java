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
import se.betanketid.TasklistTaskOpen;
import se.betanketid.WebappSession;
import se.betanketid.application.SocialServicesApplication;

/**
 * Benchmark: what the read log (package readlog) adds to a task form's load. A task form loads as Tasklist loads it
 * when sara clicks her task and its Camunda Form shows: the calls {@link TasklistTaskOpen} lists (captured in Chromium
 * by ReadLogBrowserIT), made one after another through the webapps' engine API with sara's Tasklist session (one
 * read-log row per open), after a warm-up; the same with the engine's reads unlogged
 * ({@code betanketid.read-log.engine-reads=false}). The same application also measures the former, narrower figure:
 * only {@code GET /task/{id}/deployed-form} and {@code GET /task/{id}/form-variables} through the REST API as sara,
 * printed on a line of its own. {@code bench.readlog.warm-up-runs} (2) applications of each kind warm the JVM up first
 * and are not counted (the JIT keeps getting faster for minutes: a run measured right after the JVM's first one is
 * slower whatever it does); then the two alternate in ABBA order ({@code bench.readlog.rounds} rounds of each, with
 * the log first in the even rounds and last in the odd ones), so a drift of the JVM's speed favours neither. Each
 * run's mean is printed. Goal (issue 18): at most +10 % for the task open.
 */
class ReadLogBenchmark {

  static final int PORT = Integer.getInteger("bench.port", 8094);
  static final int OPEN_WARM_UP = Integer.getInteger("bench.readlog.open-warm-up", 150);
  static final int OPENS = Integer.getInteger("bench.readlog.opens", 300);
  static final int WARM_UP = Integer.getInteger("bench.readlog.warm-up", 300);
  static final int LOADS = Integer.getInteger("bench.readlog.loads", 600);
  static final String NAME = "readlog";
  static final double GOAL = 1.10;

  static final int ROUNDS = Integer.getInteger("bench.readlog.rounds", 4);
  static final int WARM_UP_RUNS = Integer.getInteger("bench.readlog.warm-up-runs", 2);

  record Run(double p50, double mean, double p99, long rows) {
    static Run meanOf(List<Run> runs) {
      return new Run(runs.stream().mapToDouble(Run::p50).average().orElseThrow(),
          runs.stream().mapToDouble(Run::mean).average().orElseThrow(),
          runs.stream().mapToDouble(Run::p99).average().orElseThrow(), runs.stream().mapToLong(Run::rows).sum());
    }
  }

  /** One application's figures: the task open as Tasklist makes it, and the former two REST calls. */
  record Runs(Run open, Run twoCalls) {}

  @Test
  void aTaskFormLoadsWithAndWithoutTheReadLog() {
    for (int warmUp = 0; warmUp < WARM_UP_RUNS; warmUp++) { // the JVM's own warm-up, both ways, not counted
      run(false);
      run(true);
    }
    List<Runs> withRuns = new ArrayList<>();
    List<Runs> withoutRuns = new ArrayList<>();
    for (int round = 0; round < ROUNDS; round++) {
      if (round % 2 == 0) {
        withRuns.add(run(true));
        withoutRuns.add(run(false));
      } else {
        withoutRuns.add(run(false));
        withRuns.add(run(true));
      }
    }
    BenchReport.section("Read log: a task form's load as Tasklist makes it (" + TasklistTaskOpen.CALLS.size()
        + " calls through the webapps' engine API with sara's Tasklist session: " + TasklistTaskOpen.CALLS.stream()
            .map(call -> call.method() + " " + call.path().replace(WebappSession.ENGINE, "")).toList()
        + "), one client, " + OPENS + " opens after " + OPEN_WARM_UP + ", " + ROUNDS + " rounds in ABBA order after "
        + WARM_UP_RUNS + " uncounted runs of each");
    Run with = Run.meanOf(withRuns.stream().map(Runs::open).toList());
    Run without = Run.meanOf(withoutRuns.stream().map(Runs::open).toList());
    print(with, without, withRuns.stream().map(Runs::open).toList(),
        withoutRuns.stream().map(Runs::open).toList(), OPENS, "task open (the goal)");
    Run withTwo = Run.meanOf(withRuns.stream().map(Runs::twoCalls).toList());
    Run withoutTwo = Run.meanOf(withoutRuns.stream().map(Runs::twoCalls).toList());
    BenchReport.line("%s", "the former, narrower figure: deployed-form + form-variables only, through the REST API as"
        + " sara (Basic), " + LOADS + " loads after " + WARM_UP + " in the same applications:");
    print(withTwo, withoutTwo, withRuns.stream().map(Runs::twoCalls).toList(),
        withoutRuns.stream().map(Runs::twoCalls).toList(), LOADS, "two calls");
    BenchReport.line("load: %s", BenchReport.load());
    BenchReport.printAll();
    assertThat(with.rows()).isEqualTo((long) OPENS * ROUNDS);
    assertThat(without.rows()).isZero();
    assertThat(withTwo.rows()).isGreaterThanOrEqualTo((long) LOADS * ROUNDS);
    assertThat(withoutTwo.rows()).isZero();
  }

  private static void print(Run with, Run without, List<Run> withRuns, List<Run> withoutRuns, int loads,
      String what) {
    double ratio = with.mean() / without.mean();
    double ratioP50 = with.p50() / without.p50();
    BenchReport.line("%s", String.format(Locale.ROOT, "%s with the read log:    mean %.2f ms, p50 %.2f ms,"
        + " p99 %.2f ms (%d rows written)", what, with.mean(), with.p50(), with.p99(), with.rows()));
    BenchReport.line("%s", String.format(Locale.ROOT, "%s without the read log: mean %.2f ms, p50 %.2f ms,"
        + " p99 %.2f ms (%d rows written)", what, without.mean(), without.p50(), without.p99(), without.rows()));
    BenchReport.line("%s", String.format(Locale.ROOT, "%s, each run's mean, in order of the rounds: with %s ms;"
        + " without %s ms; rows written per load with the log: %.2f", what, means(withRuns), means(withoutRuns),
        with.rows() / (double) (loads * ROUNDS)));
    BenchReport.line("%s", String.format(Locale.ROOT, "%s, ratio with/without: mean %.3f (%+.1f %%, %+.2f ms),"
        + " p50 %.3f (%+.1f %%); goal at most +10 %%: %s", what, ratio, (ratio - 1) * 100, with.mean() - without.mean(),
        ratioP50, (ratioP50 - 1) * 100, ratio <= GOAL ? "MET" : "MISSED"));
  }

  private static String means(List<Run> runs) {
    return String.join(", ", runs.stream().map(run -> String.format(Locale.ROOT, "%.2f (p50 %.2f)", run.mean(),
        run.p50())).toList());
  }

  private static Runs run(boolean readLog) {
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
      app.engine.getTaskService().claim(task.getId(), "sara"); // her task, as ReadLogBrowserIT opens it
      String base = "http://localhost:" + PORT;
      WebappSession tasklist = WebappSession.login(base, "sara", "tasklist");
      if (tasklist.loginStatus() != 200) {
        throw new IllegalStateException("sara's Tasklist login answered " + tasklist.loginStatus());
      }
      Run open = measure(app, OPEN_WARM_UP, OPENS, () -> TasklistTaskOpen.replay(tasklist, task.getId()));
      RestCalls sara = new RestCalls(base, "sara");
      String form = "/engine-rest/task/" + task.getId() + "/deployed-form";
      String variables = "/engine-rest/task/" + task.getId() + "/form-variables";
      Run twoCalls = measure(app, WARM_UP, LOADS, () -> load(sara, form, variables));
      return new Runs(open, twoCalls);
    } finally {
      BenchDatabase.drop(NAME);
    }
  }

  private static Run measure(BenchApp app, int warmUp, int loads, Runnable load) {
    for (int i = 0; i < warmUp; i++) {
      load.run();
    }
    long rowsBefore = rows(app);
    List<Double> millis = new ArrayList<>();
    for (int i = 0; i < loads; i++) {
      long start = System.nanoTime();
      load.run();
      millis.add((System.nanoTime() - start) / 1e6);
    }
    double mean = millis.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    return new Run(BenchReport.percentile(millis, 50), mean, BenchReport.percentile(millis, 99),
        rows(app) - rowsBefore);
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
