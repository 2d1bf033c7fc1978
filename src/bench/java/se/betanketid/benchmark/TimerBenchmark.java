package se.betanketid.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.variable.VariableMap;
import org.junit.jupiter.api.Test;
import se.betanketid.CaseFixtures;

/**
 * Benchmark 2, timers (docs/benchmarks.md): 10 000 running reflection periods waiting for Migrationsverket's
 * decision, each with its reminder timer ({@code BoundaryEvent_DecisionReminder}, 3 working days) and its
 * escalation timer (5 working days). The engine clock moves past every reminder but before any escalation; the
 * job executor, as configured for production, fires them: seconds until all fired, jobs per second, and the
 * reminder e-mails that follow.
 */
class TimerBenchmark {

  static final int PERIODS = Integer.getInteger("bench.periods", 10_000);
  static final String REMINDER = "BoundaryEvent_DecisionReminder";
  static final String ESCALATION = "BoundaryEvent_DecisionOverdue";
  static final String REMIND_TASK = "ServiceTask_RemindAboutDecision";

  /**
   * {@code -Dbench.timers.variants=a=1,b=2;c=3}: after the run as configured, one more run per variant (each on a
   * fresh database, in this JVM, one after the other), with these application properties added, e.g. other job
   * executor settings; their figures are printed with the variant, the goals only for the run as configured.
   */
  static final String VARIANTS = System.getProperty("bench.timers.variants", "");

  @Test
  void reminderTimers() throws Exception {
    run(Map.of(), true);
    for (String variant : VARIANTS.split(";")) {
      if (variant.isBlank()) {
        continue;
      }
      Map<String, Object> properties = new java.util.LinkedHashMap<>();
      for (String setting : variant.split(",")) {
        String[] nameAndValue = setting.split("=", 2);
        properties.put(nameAndValue[0].trim(), nameAndValue[1].trim());
      }
      run(properties, false);
    }
    BenchReport.printAll();
  }

  private void run(Map<String, Object> properties, boolean goals) throws Exception {
    long fileMegabytes;
    long largestMegabytes;
    try (BenchApp app = BenchApp.start("timers", Integer.getInteger("bench.port", 8090), properties);
        FileGrowth growth = new FileGrowth("timers", app.bean(javax.sql.DataSource.class))) {
      ManagementService management = app.engine.getManagementService();
      long setupStart = System.nanoTime();
      startPeriods(app);
      app.awaitJobsDone(Duration.ofMinutes(30));
      double setupSeconds = BenchReport.seconds(setupStart);
      assertThat(management.createJobQuery().activityId(REMINDER).count()).isEqualTo(PERIODS);
      Date lastReminder = dueDate(management, REMINDER, true);
      Date firstEscalation = dueDate(management, ESCALATION, false);
      assertThat(lastReminder).isBefore(firstEscalation);
      app.purgeMails();

      String reminderJobs = management.createJobDefinitionQuery().activityIdIn(REMINDER).singleResult().getId();
      JobExecutor jobExecutor = app.configuration().getJobExecutor();
      long start = System.nanoTime();
      long cpuStart = CasePipeline.cpuNanos();
      ClockUtil.setCurrentTime(new Date(lastReminder.getTime() + 60_000));
      jobExecutor.jobWasAdded();
      double firstFired = -1;
      long remaining;
      do {
        BenchApp.sleep(200);
        // the benchmark's own look, kept cheap (it shares the 2 cores with the job executor): by the reminder's job
        // definition (an index), counted until the first fired, then only whether one is left
        remaining = firstFired < 0 ? management.createJobQuery().jobDefinitionId(reminderJobs).count()
            : management.createJobQuery().jobDefinitionId(reminderJobs).listPage(0, 1).size();
        if (firstFired < 0 && remaining < PERIODS) {
          firstFired = BenchReport.seconds(start);
        }
      } while (remaining > 0 && BenchReport.seconds(start) < 3600);
      remaining = management.createJobQuery().activityId(REMINDER).count();
      double allFired = BenchReport.seconds(start);
      double cpuFired = (CasePipeline.cpuNanos() - cpuStart) / 1e9;
      // every job done (the mails): whether one executable job is left, every 200 ms (BenchApp counts them all)
      BenchApp.await(Duration.ofMinutes(60), "the reminders' mails", () -> {
        BenchApp.sleep(150);
        return management.createJobQuery().executable().listPage(0, 1).isEmpty();
      });
      double mailsDone = BenchReport.seconds(start);
      double cpuAll = (CasePipeline.cpuNanos() - cpuStart) / 1e9;
      int mails = app.mailsReceived();
      long reminded = app.engine.getHistoryService().createHistoricActivityInstanceQuery().activityId(REMIND_TASK)
          .finished().count();
      long escalations = management.createJobQuery().activityId(ESCALATION).count();
      ClockUtil.reset();

      assertThat(remaining).isZero();
      assertThat(reminded).isEqualTo(PERIODS);
      BenchReport.section("2. Timers (" + BenchDatabase.kind() + ", job executor as in production, mail to GreenMail)"
          + (properties.isEmpty() ? "" : ", variant " + properties));
      BenchReport.line("job executor: %s", settings(jobExecutor));
      BenchReport.line("setup: %d ReflectionPeriodProcess instances started at UserTask_RegisterDecision"
          + " (startBeforeActivity), their new-task mails sent: %.0f s", PERIODS, setupSeconds);
      BenchReport.line("clock moved past the last reminder (%s), before the first escalation (%s)",
          lastReminder.toInstant(), firstEscalation.toInstant());
      BenchReport.line("first reminder fired after %.1f s; ALL %d FIRED after %.1f s = %.0f timer jobs/s"
          + " (CPU %.1f ms per timer job)", firstFired, PERIODS, allFired, PERIODS / allFired,
          cpuFired * 1000 / PERIODS);
      if (goals) {
        BenchGoals.atLeast(BenchGoals.TIMERS, PERIODS / allFired, 300, "/s", String.format(java.util.Locale.ROOT,
            "%d reminders in %.1f s, CPU %.1f ms each; load %s, %s", PERIODS, allFired, cpuFired * 1000 / PERIODS,
            BenchReport.load(), BenchDatabase.kind()));
      }
      BenchReport.line("each fired reminder ran sendReminder and queued its e-mail: %d mails sent, all jobs done"
          + " after %.1f s = %.0f jobs/s (timers and mails), %.0f reminders with their mails a second (CPU %.1f ms"
          + " each)", mails, mailsDone, (PERIODS + mails) / mailsDone, PERIODS / mailsDone, cpuAll * 1000 / PERIODS);
      BenchReport.line("escalation timers still waiting (not due): %d; failed jobs / incidents: %s", escalations,
          app.failures());
      fileMegabytes = BenchDatabase.megabytes("timers");
      largestMegabytes = Math.max(growth.largestMegabytes(), fileMegabytes);
    } finally {
      ClockUtil.reset();
    }
    long live = BenchDatabase.liveMegabytes("timers");
    long compacted = BenchDatabase.compactedMegabytes("timers");
    BenchReport.line("database after the run: %,d MB (largest during the run: %,d MB); its live data (H2: a full copy,"
        + " uncompressed as the file; PostgreSQL: VACUUM FULL): %,d MB (H2's SHUTDOWN COMPACT, LZF-compressed: %,d MB)",
        fileMegabytes, largestMegabytes, live, compacted);
    if (goals && !BenchDatabase.postgres()) {
      BenchGoals.atMost(BenchGoals.FILE_TIMERS, (double) fileMegabytes / Math.max(1, live), 3, " x",
          String.format(java.util.Locale.ROOT, "%,d MB for %,d MB (compressed: %,d MB); timers, %d periods",
              fileMegabytes, live, compacted, PERIODS));
      BenchGoals.atMost(BenchGoals.FILE_TIMERS_LARGEST, (double) largestMegabytes / Math.max(1, live), 3, " x",
          String.format(java.util.Locale.ROOT, "%,d MB at most, sampled every 2 s; timer run", largestMegabytes));
    }
    BenchDatabase.drop("timers");
  }

  /** The periods, as a route hands them over (the case's variables), started by 4 threads. */
  private static void startPeriods(BenchApp app) throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(4);
    List<Future<?>> started = new ArrayList<>();
    int perThread = PERIODS / 4;
    for (int t = 0; t < 4; t++) {
      int first = t * perThread;
      int last = t == 3 ? PERIODS : first + perThread;
      started.add(threads.submit(() -> {
        for (int i = first; i < last; i++) {
          String caseNumber = String.format("BT-2026-%05d", i + 1);
          VariableMap variables = CaseFixtures.socialServicesCase().variables();
          variables.putValue("caseNumber", caseNumber).putValue("applicantType", "SOCIAL_SERVICES")
              .putValue("policeRegion", "stockholm").putValue("viaRegionalCoordinator", false)
              .putValue("applicationDate", variables.getValue("identificationDate", String.class));
          app.engine.getRuntimeService().createProcessInstanceByKey("ReflectionPeriodProcess")
              .businessKey(caseNumber).setVariables(variables).startBeforeActivity("UserTask_RegisterDecision")
              .execute();
          if ((i - first) % 1000 == 999) {
            BenchReport.progress("started %d periods in thread %d", i - first + 1, first / perThread);
          }
        }
        return null;
      }));
    }
    for (Future<?> future : started) {
      future.get();
    }
    threads.shutdown();
    threads.awaitTermination(1, TimeUnit.MINUTES);
  }

  private static Date dueDate(ManagementService management, String activityId, boolean last) {
    var query = management.createJobQuery().activityId(activityId).orderByJobDuedate();
    Job job = (last ? query.desc() : query.asc()).listPage(0, 1).get(0);
    return job.getDuedate();
  }

  private static String settings(JobExecutor jobExecutor) {
    return String.format("%s, %d jobs per acquisition, wait %d ms (idle back-off up to %d ms), lock %d ms",
        jobExecutor.getClass().getSimpleName(), jobExecutor.getMaxJobsPerAcquisition(),
        jobExecutor.getWaitTimeInMillis(), jobExecutor.getMaxWait(), jobExecutor.getLockTimeInMillis());
  }
}
