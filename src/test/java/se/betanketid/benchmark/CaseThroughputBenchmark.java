package se.betanketid.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.Test;

/**
 * Benchmark 1, case throughput (docs/benchmarks.md): 2 000 real social services' cases with one uncovered
 * child, every task done, to an outcome; then, in the same engine, the trivial process. Cases per second,
 * instances per second, their ratio and the figures per user task.
 */
class CaseThroughputBenchmark {

  static final int CASES = Integer.getInteger("bench.cases", 2_000);
  static final int WARM_UP = Integer.getInteger("bench.warm-up", 100);
  static final int THREADS = Integer.getInteger("bench.threads", 4);
  static final int BATCH = Integer.getInteger("bench.batch", 100);
  static final String NAME = "throughput";

  @Test
  void caseThroughput() {
    long fileMegabytes;
    try (BenchApp app = BenchApp.start(NAME, Integer.getInteger("bench.port", 8089), Map.of())) {
      TrivialCase.deploy(app.engine);
      CasePipeline pipeline = new CasePipeline(app, THREADS, BATCH);
      BenchReport.progress("warming up: %d cases and %d trivial instances", WARM_UP, WARM_UP * 2);
      pipeline.run(WARM_UP, () -> new FullCase(app.engine), "warm-up");
      pipeline.run(WARM_UP * 2, () -> new TrivialCase(app.engine), "warm-up");
      app.purgeMails();

      BenchCase.resetSteps();
      long historyBefore = finishedRoutes(app.engine.getHistoryService());
      CasePipeline.Timing trivial = pipeline.run(CASES, () -> new TrivialCase(app.engine), "trivial");
      int trivialMails = app.mailsReceived();
      app.purgeMails();
      FullCase.LOCK_TIMEOUT_RETRIES.set(0);
      CasePipeline.Timing full = pipeline.run(CASES, () -> new FullCase(app.engine), "cases");
      int lockTimeouts = FullCase.LOCK_TIMEOUT_RETRIES.get();
      int caseMails = app.mailsReceived();

      assertThat(finishedRoutes(app.engine.getHistoryService()) - historyBefore).isEqualTo(CASES);
      CaseAnatomy fullAnatomy = CaseAnatomy.ofLast(app, FullCase.ROUTE);
      CaseAnatomy trivialAnatomy = CaseAnatomy.ofLast(app, TrivialCase.KEY);
      assertThat(fullAnatomy.outcome()).isEqualTo("NATIONAL_SUPPORT_PROGRAMME");
      report(full, trivial, fullAnatomy, trivialAnatomy, caseMails, trivialMails, lockTimeouts);
      BenchReport.line("failed jobs / incidents: %s", app.failures());
      fileMegabytes = BenchApp.databaseMegabytes(NAME);
    }
    long compacted = BenchApp.compactedMegabytes(NAME);
    BenchReport.line("H2 file after the run: %,d MB; after SHUTDOWN COMPACT: %,d MB (%d cases and %d trivial instances"
        + " in all: about %.0f kB per full case)", fileMegabytes, compacted, WARM_UP + CASES, WARM_UP * 2 + CASES,
        compacted * 1024.0 / (WARM_UP + CASES));
    BenchApp.dropDatabase(NAME);
    BenchReport.printAll();
  }

  private static void report(CasePipeline.Timing full, CasePipeline.Timing trivial, CaseAnatomy fullAnatomy,
      CaseAnatomy trivialAnatomy, int caseMails, int trivialMails, int lockTimeouts) {
    BenchReport.section("1. Case throughput (H2 file database, in-engine, job executor on, mail to GreenMail)");
    BenchReport.line("%d users in parallel, batches of %d, after a warm-up of %d cases and %d trivial instances;",
        THREADS, BATCH, WARM_UP, WARM_UP * 2);
    BenchReport.line("time until every instance has ended and every job it caused (its e-mails) has run");
    BenchReport.line("full case (SocialServicesApplicationProcess, 1 uncovered child, outcome %s):",
        fullAnatomy.outcome());
    BenchReport.line("  %d cases in %.1f s = %.2f cases/s (%.0f ms per case; CPU %.0f ms per case); %d mails sent",
        CASES, full.seconds(), CASES / full.seconds(), full.seconds() * 1000 / CASES,
        full.cpuSeconds() * 1000 / CASES, caseMails);
    BenchReport.line("  per case: %s", fullAnatomy);
    BenchReport.line("  starts that failed on the case number lock (H2 lock timeout) and were made again: %d",
        lockTimeouts);
    BenchReport.line("trivial process (start, 1 user task, end):");
    BenchReport.line("  %d instances in %.1f s = %.1f instances/s (%.1f ms per instance; CPU %.1f ms); %d mails sent",
        CASES, trivial.seconds(), CASES / trivial.seconds(), trivial.seconds() * 1000 / CASES,
        trivial.cpuSeconds() * 1000 / CASES, trivialMails);
    BenchReport.line("  per instance: %s", trivialAnatomy);
    double ratio = full.seconds() / trivial.seconds();
    double cpuRatio = full.cpuSeconds() / trivial.cpuSeconds();
    BenchReport.line("RATIO per instance: a full case takes %.1f x the time of a trivial instance (CPU: %.1f x);"
        + " budget at most 10 x: %s", ratio, cpuRatio, ratio <= 10 ? "met" : "MISSED");
    BenchReport.line("per user task: %.1f ms in the full case (%d tasks) vs %.1f ms in the trivial process (%.2f x);"
        + " CPU %.1f vs %.1f ms", full.seconds() * 1000 / CASES / FullCase.USER_TASKS, FullCase.USER_TASKS,
        trivial.seconds() * 1000 / CASES, ratio / FullCase.USER_TASKS,
        full.cpuSeconds() * 1000 / CASES / FullCase.USER_TASKS, trivial.cpuSeconds() * 1000 / CASES);
    BenchReport.line("mean time of each step as the user waits for it (ms, %d users at once):", THREADS);
    BenchCase.stepMeans().forEach((step, ms) -> BenchReport.line("  %7.1f  %s", ms, step));
  }

  private static long finishedRoutes(HistoryService history) {
    return history.createHistoricProcessInstanceQuery().processDefinitionKey(FullCase.ROUTE).finished().count();
  }
}
