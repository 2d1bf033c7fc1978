package se.betanketid.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The H2 file under sustained load (docs/benchmarks.md, issue 20's "bounded over a 30-minute run"): real cases, as
 * in {@link CaseThroughputBenchmark}, batch after batch for {@code bench.growth.minutes}, with the file's largest size
 * of each minute ({@link FileGrowth}) and, at the end, its live data. Its figure is a size, not a time, so it may run
 * beside other work; only with {@code -Dbench.growth.minutes=30} (not part of a plain {@code -Pbench verify}), and
 * only on H2.
 */
@EnabledIfSystemProperty(named = "bench.growth.minutes", matches = "\\d+")
class FileGrowthBenchmark {

  static final String NAME = "growth";

  @Test
  void fileStaysNearItsData() {
    int minutes = Integer.getInteger("bench.growth.minutes");
    if (BenchDatabase.postgres()) {
      BenchReport.line("file growth: not measured on PostgreSQL (its size is not one file)");
      return;
    }
    long fileMegabytes;
    long largestMegabytes;
    int cases = 0;
    long started = System.nanoTime();
    try (BenchApp app = BenchApp.start(NAME, Integer.getInteger("bench.port", 8095), Map.of());
        FileGrowth growth = new FileGrowth(NAME, app.bean(javax.sql.DataSource.class))) {
      CasePipeline pipeline = new CasePipeline(app.engine, CaseThroughputBenchmark.THREADS,
          CaseThroughputBenchmark.BATCH);
      long end = started + minutes * 60_000_000_000L;
      while (System.nanoTime() < end) {
        pipeline.run(CaseThroughputBenchmark.BATCH, () -> new FullCase(app.engine), "growth");
        cases += CaseThroughputBenchmark.BATCH;
        app.purgeMails();
        BenchReport.progress("%d cases after %.1f min; file %,d MB", cases, (System.nanoTime() - started) / 6e10,
            BenchDatabase.megabytes(NAME));
      }
      assertThat(app.failures()).isEqualTo("none");
      fileMegabytes = BenchDatabase.megabytes(NAME);
      largestMegabytes = Math.max(growth.largestMegabytes(), fileMegabytes);
      BenchReport.section("File growth (H2 file database, " + minutes + " minutes of real cases, "
          + CaseThroughputBenchmark.THREADS + " users)");
    }
    long live = BenchDatabase.liveMegabytes(NAME);
    long compacted = BenchDatabase.compactedMegabytes(NAME);
    BenchReport.line("%d cases in %.1f min; the file at the end %,d MB, the largest %,d MB; live data %,d MB"
        + " (uncompressed as the file; SHUTDOWN COMPACT's compressed copy: %,d MB)", cases,
        (System.nanoTime() - started) / 6e10, fileMegabytes, largestMegabytes, live, compacted);
    BenchGoals.atMost(BenchGoals.FILE_GROWTH_LARGEST, (double) largestMegabytes / Math.max(1, live), 3, " x",
        String.format(Locale.ROOT, "%,d MB at most for %,d MB at the end; %d minutes, %d cases, load %s",
            largestMegabytes, live, minutes, cases, BenchReport.load()));
    BenchDatabase.drop(NAME);
    BenchReport.printAll();
  }
}
