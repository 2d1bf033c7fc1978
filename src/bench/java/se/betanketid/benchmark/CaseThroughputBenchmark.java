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
    long largestMegabytes;
    Measured bare;
    Measured bareOnCopy;
    try (BenchApp app = BenchApp.start(NAME, Integer.getInteger("bench.port", 8089), Map.of());
        FileGrowth growth = new FileGrowth(NAME, app.bean(javax.sql.DataSource.class))) {
      TrivialCase.deploy(app.engine);
      CasePipeline pipeline = new CasePipeline(app.engine, THREADS, BATCH);
      BenchReport.progress("warming up: %d cases and %d trivial instances", WARM_UP, WARM_UP * 2);
      pipeline.run(WARM_UP, () -> new FullCase(app.engine), "warm-up");
      pipeline.run(WARM_UP * 2, () -> new TrivialCase(app.engine), "warm-up");
      app.purgeMails();

      BenchCase.resetSteps();
      long historyBefore = finishedRoutes(app.engine.getHistoryService());
      // the trivial and the full case alternate, a batch of each at a time, so that both meet the same database (it
      // grows by about 130 kB a case): one after the other, the trivial instances ran on the small database of the
      // start and the cases on an ever larger one, and the ratio measured the growth too
      FullCase.LOCK_TIMEOUT_RETRIES.set(0);
      javax.sql.DataSource database = app.bean(javax.sql.DataSource.class);
      Measured trivial = Measured.NONE;
      Measured full = Measured.NONE;
      int trivialMails = 0;
      int caseMails = 0;
      for (int done = 0; done < CASES; done += BATCH) {
        int batch = Math.min(BATCH, CASES - done);
        trivial = trivial.plus(Measured.of(database, () -> pipeline.run(batch, () -> new TrivialCase(app.engine),
            "trivial")));
        trivialMails += app.mailsReceived();
        app.purgeMails();
        full = full.plus(Measured.of(database, () -> pipeline.run(batch, () -> new FullCase(app.engine), "cases")));
        caseMails += app.mailsReceived();
        app.purgeMails();
        BenchReport.progress("%d of %d cases and trivial instances, alternating: %.1f s and %.1f s so far", done + batch,
            CASES, full.timing().seconds(), trivial.timing().seconds());
      }
      int lockTimeouts = FullCase.LOCK_TIMEOUT_RETRIES.get();
      Map<String, Double> steps = BenchCase.stepMeans();
      // on PostgreSQL the bare engine would need a database of its own: measured on H2 only
      bare = BenchDatabase.postgres() ? null : bareEngine(BareEngine.start(app.bean("workdays")));
      bareOnCopy = BenchDatabase.postgres() ? null
          : bareEngine(BareEngine.onCopyOf(database, app.bean("workdays")));

      assertThat(finishedRoutes(app.engine.getHistoryService()) - historyBefore).isEqualTo(CASES);
      CaseAnatomy fullAnatomy = CaseAnatomy.ofLast(app, FullCase.ROUTE);
      CaseAnatomy trivialAnatomy = CaseAnatomy.ofLast(app, TrivialCase.KEY);
      assertThat(fullAnatomy.outcome()).isEqualTo("NATIONAL_SUPPORT_PROGRAMME");
      report(full.timing(), trivial.timing(), bare == null ? null : bare.timing(), steps, fullAnatomy, trivialAnatomy,
          caseMails, trivialMails, lockTimeouts);
      reportOnCopy(trivial.timing(), bareOnCopy);
      reportDatabaseWork(full.work(), trivial.work(), bare == null ? null : bare.work(),
          bareOnCopy == null ? null : bareOnCopy.work());
      BenchReport.line("failed jobs / incidents: %s", app.failures());
      fileMegabytes = BenchDatabase.megabytes(NAME);
      largestMegabytes = Math.max(growth.largestMegabytes(), fileMegabytes);
    }
    long live = BenchDatabase.liveMegabytes(NAME);
    long compacted = BenchDatabase.compactedMegabytes(NAME);
    BenchReport.line("database after the run: %,d MB (largest during the run: %,d MB); its live data (H2: a full copy,"
        + " uncompressed as the file; PostgreSQL: VACUUM FULL): %,d MB (H2's SHUTDOWN COMPACT, LZF-compressed: %,d MB;"
        + " %d cases and %d trivial instances in all: about %.0f kB per full case)", fileMegabytes, largestMegabytes,
        live, compacted, WARM_UP + CASES, WARM_UP * 2 + CASES, live * 1024.0 / (WARM_UP + CASES));
    if (!BenchDatabase.postgres()) {
      BenchGoals.atMost(BenchGoals.FILE_THROUGHPUT, (double) fileMegabytes / Math.max(1, live), 3, " x",
          String.format(java.util.Locale.ROOT, "%,d MB for %,d MB (compressed: %,d MB); throughput, %d cases",
              fileMegabytes, live, compacted, CASES));
      BenchGoals.atMost(BenchGoals.FILE_THROUGHPUT_LARGEST, (double) largestMegabytes / Math.max(1, live), 3, " x",
          String.format(java.util.Locale.ROOT, "%,d MB at most, sampled every 2 s; throughput run", largestMegabytes));
    }
    BenchDatabase.drop(NAME);
    BenchReport.printAll();
  }

  /**
   * The trivial process on a {@link BareEngine} in this JVM (on its own database, or on a copy of the
   * application's), the same way (users, batches, warm-up), while the application's engine is idle: last, so that
   * the application's figures are measured as before it.
   */
  private static Measured bareEngine(BareEngine started) {
    try (BareEngine bare = started) {
      TrivialCase.deploy(bare.engine);
      CasePipeline pipeline = new CasePipeline(bare.engine, THREADS, BATCH);
      BenchReport.progress("bare engine: warm-up %d trivial instances, then %d", WARM_UP * 2, CASES);
      pipeline.run(WARM_UP * 2, () -> new TrivialCase(bare.engine), "bare warm-up");
      javax.sql.DataSource database = ((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) bare.engine
          .getProcessEngineConfiguration()).getDataSource();
      return Measured.of(database, () -> pipeline.run(CASES, () -> new TrivialCase(bare.engine), "bare"));
    }
  }

  /** A run's time, and what its database did meanwhile. */
  private record Measured(CasePipeline.Timing timing, H2Work work) {

    static final Measured NONE = new Measured(new CasePipeline.Timing(0, 0), H2Work.NONE);

    static Measured of(javax.sql.DataSource database, java.util.function.Supplier<CasePipeline.Timing> run) {
      H2Work before = H2Work.of(database);
      CasePipeline.Timing timing = run.get();
      return new Measured(timing, H2Work.of(database).minus(before));
    }

    Measured plus(Measured other) {
      return new Measured(timing.plus(other.timing), work.plus(other.work));
    }
  }

  /**
   * The bare engine once more, on a copy of the application's database (its cases' rows: the same tables as large):
   * how much of the trivial task's cost over the bare engine's is the database's size, not the plugins. For the
   * reading only; the goal stays with the bare engine on its own database, as the issue puts it.
   */
  private static void reportOnCopy(CasePipeline.Timing trivial, Measured onCopy) {
    if (onCopy == null) {
      return;
    }
    CasePipeline.Timing copy = onCopy.timing();
    BenchReport.line("bare engine on a copy of the application's database (the same rows, the same size):");
    BenchReport.line("  %d instances in %.1f s = %.1f instances/s (%.1f ms per instance; CPU %.1f ms); the trivial"
        + " process's task takes %.2f x its time (CPU %.2f x)", CASES, copy.seconds(), CASES / copy.seconds(),
        copy.seconds() * 1000 / CASES, copy.cpuSeconds() * 1000 / CASES, trivial.seconds() / copy.seconds(),
        trivial.cpuSeconds() / copy.cpuSeconds());
  }

  /**
   * H2's own counters per user task (the housekeeping's rewrites included): the database's share of the ratios
   * above, in figures that do not depend on what else the machine does.
   */
  private static void reportDatabaseWork(H2Work full, H2Work trivial, H2Work bare, H2Work bareOnCopy) {
    if (BenchDatabase.postgres()) {
      return;
    }
    BenchReport.line("H2's file per user task (its own counters; the housekeeping's rewrites included):");
    BenchReport.line("  full case:        %s", full.per((double) CASES * FullCase.USER_TASKS));
    BenchReport.line("  trivial process:  %s", trivial.per(CASES));
    if (bare != null) {
      BenchReport.line("  bare engine:      %s", bare.per(CASES));
      if (bareOnCopy != null) {
        BenchReport.line("  bare engine on a copy of the application's database: %s", bareOnCopy.per(CASES));
      }
    }
    BenchReport.line("  bytes written: full case's task / trivial task %.2f x%s",
        full.writtenBytes() / (double) FullCase.USER_TASKS / Math.max(1, trivial.writtenBytes()),
        bare == null ? "" : String.format(java.util.Locale.ROOT, "; trivial task / bare engine's %.2f x",
            trivial.writtenBytes() / (double) Math.max(1, bare.writtenBytes())));
  }

  private static void report(CasePipeline.Timing full, CasePipeline.Timing trivial, CasePipeline.Timing bare,
      Map<String, Double> steps, CaseAnatomy fullAnatomy,
      CaseAnatomy trivialAnatomy, int caseMails, int trivialMails, int lockTimeouts) {
    BenchReport.section("1. Case throughput (" + BenchDatabase.kind() + ", in-engine, job executor on, mail to GreenMail)");
    BenchReport.line("%d users in parallel, batches of %d, after a warm-up of %d cases and %d trivial instances;",
        THREADS, BATCH, WARM_UP, WARM_UP * 2);
    BenchReport.line("time until every instance has ended and every job it caused (its e-mails) has run; a batch of"
        + " trivial instances and a batch of cases alternate");
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
    if (bare != null) {
      BenchReport.line("bare engine (the trivial process on a plain Camunda engine in this JVM: no plugins, no mail,"
          + " authorizations off, full history, the same H2 options):");
      BenchReport.line("  %d instances in %.1f s = %.1f instances/s (%.1f ms per instance; CPU %.1f ms)", CASES,
          bare.seconds(), CASES / bare.seconds(), bare.seconds() * 1000 / CASES, bare.cpuSeconds() * 1000 / CASES);
    }
    double taskRatio = ratio / FullCase.USER_TASKS;
    double taskCpuRatio = cpuRatio / FullCase.USER_TASKS;
    String load = String.format(java.util.Locale.ROOT, "%d cases, %d users, load %s, %s", CASES, THREADS,
        BenchReport.load(), BenchDatabase.kind());
    BenchGoals.atMost(BenchGoals.CASE_TASK_TIME, taskRatio, 1.1, " x", String.format(java.util.Locale.ROOT,
        "%.1f vs %.1f ms; %s", full.seconds() * 1000 / CASES / FullCase.USER_TASKS, trivial.seconds() * 1000 / CASES,
        load));
    BenchGoals.atMost(BenchGoals.CASE_TASK_CPU, taskCpuRatio, 1.1, " x", String.format(java.util.Locale.ROOT,
        "%.1f vs %.1f ms", full.cpuSeconds() * 1000 / CASES / FullCase.USER_TASKS, trivial.cpuSeconds() * 1000 / CASES));
    if (bare == null) {
      BenchReport.line("mean time of each step as the user waits for it (ms, %d users at once):", THREADS);
      steps.forEach((step, ms) -> BenchReport.line("  %7.1f  %s", ms, step));
      return;
    }
    BenchGoals.atMost(BenchGoals.TRIVIAL_BARE_TIME, trivial.seconds() / bare.seconds(), 1.5, " x",
        String.format(java.util.Locale.ROOT, "%.1f vs %.1f ms", trivial.seconds() * 1000 / CASES,
            bare.seconds() * 1000 / CASES));
    BenchGoals.atMost(BenchGoals.TRIVIAL_BARE_CPU, trivial.cpuSeconds() / bare.cpuSeconds(), 1.5, " x",
        String.format(java.util.Locale.ROOT, "%.1f vs %.1f ms", trivial.cpuSeconds() * 1000 / CASES,
            bare.cpuSeconds() * 1000 / CASES));
    BenchReport.line("mean time of each step as the user waits for it (ms, %d users at once):", THREADS);
    steps.forEach((step, ms) -> BenchReport.line("  %7.1f  %s", ms, step));
  }

  private static long finishedRoutes(HistoryService history) {
    return history.createHistoricProcessInstanceQuery().processDefinitionKey(FullCase.ROUTE).finished().count();
  }
}
