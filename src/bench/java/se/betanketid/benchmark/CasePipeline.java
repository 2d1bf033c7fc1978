package se.betanketid.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;

/**
 * Drives many {@link BenchCase}s as concurrent users would: {@code threads} users at a time, in batches; a
 * batch is opened, then each of its cases is finished as soon as the job executor has done its part. The time
 * runs until every case has ended and every job the cases caused (their e-mails too) has run.
 */
record CasePipeline(ProcessEngine engine, int threads, int batchSize) {

  private static final Duration READY_TIMEOUT = Duration.ofMinutes(5);

  /** Wall-clock seconds, and the CPU seconds the whole JVM used meanwhile (engine, job executor, GreenMail). */
  record Timing(double seconds, double cpuSeconds) {

    Timing plus(Timing other) {
      return new Timing(seconds + other.seconds, cpuSeconds + other.cpuSeconds);
    }
  }

  /** Runs {@code count} cases; answers the time until all ended and no job is due any more. */
  Timing run(int count, Supplier<BenchCase> factory, String label) {
    ExecutorService users = Executors.newFixedThreadPool(threads);
    Set<String> roots = new HashSet<>();
    long start = System.nanoTime();
    long cpuStart = cpuNanos();
    try {
      for (int done = 0; done < count; done += batchSize) {
        List<BenchCase> batch = new ArrayList<>();
        for (int i = 0; i < Math.min(batchSize, count - done); i++) {
          batch.add(factory.get());
        }
        all(users, batch, BenchCase::open);
        all(users, batch, c -> {
          BenchApp.await(READY_TIMEOUT, "the job executor's part of a case", c::readyToFinish);
          c.finish();
        });
        batch.forEach(c -> roots.add(c.rootInstanceId()));
        if ((done / batchSize) % 5 == 4) {
          BenchReport.progress("%s: %d of %d after %.1f s", label, done + batch.size(), count,
              BenchReport.seconds(start));
        }
      }
      BenchApp.await(Duration.ofMinutes(10), "every case to end", () -> engine.getHistoryService()
          .createHistoricProcessInstanceQuery().processInstanceIds(roots).unfinished().count() == 0);
      BenchApp.awaitJobsDone(engine, Duration.ofMinutes(10));
      return new Timing(BenchReport.seconds(start), (cpuNanos() - cpuStart) / 1e9);
    } finally {
      users.shutdownNow();
    }
  }

  /** CPU time of this JVM (all threads), in nanoseconds. */
  static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
        .getOperatingSystemMXBean()).getProcessCpuTime();
  }

  private static void all(ExecutorService users, List<BenchCase> batch, java.util.function.Consumer<BenchCase> step) {
    List<Future<?>> futures = new ArrayList<>();
    for (BenchCase c : batch) {
      futures.add(users.submit(() -> step.accept(c)));
    }
    for (Future<?> future : futures) {
      try {
        future.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      } catch (java.util.concurrent.ExecutionException e) {
        throw new IllegalStateException("A case failed: " + e.getCause(), e.getCause());
      }
    }
  }
}
