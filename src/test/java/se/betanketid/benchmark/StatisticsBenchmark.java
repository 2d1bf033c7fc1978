package se.betanketid.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import se.betanketid.RestCalls;

/**
 * Benchmark 3, statistics at scale (docs/benchmarks.md): latency of {@code GET /api/statistics?year=…} as the
 * national coordination ('eva') with 1 000, 10 000 and 100 000 finished cases of that year in history. The
 * first 1 000 are real cases run through the engine ({@link PlanDriver}); the larger histories are copies of
 * their history rows with new ids ({@link HistoryCopies}), so the statistics read the same shape of data.
 */
class StatisticsBenchmark {

  static final int BASE = Integer.getInteger("bench.statistics.base", 1_000);
  static final int[] COPIES = {1, 10, 100};
  static final int YEAR = LocalDate.now().getYear() - 1;

  @Test
  void statisticsAtScale() {
    try (BenchApp app = BenchApp.start("statistics", Integer.getInteger("bench.port", 8091),
        Map.of("camunda.bpm.job-execution.enabled", false))) {
      long start = System.nanoTime();
      PlanDriver driver = new PlanDriver(app.engine);
      int ended = 0;
      List<CasePlan> plans = CasePlan.year(YEAR, BASE, 2025);
      for (int i = 0; i < plans.size(); i++) {
        if (driver.run(plans.get(i))) {
          ended++;
        }
        if (i % 100 == 99) {
          BenchReport.progress("%d real cases of %d after %.0f s", i + 1, YEAR, BenchReport.seconds(start));
        }
        app.purgeMails();
      }
      ClockUtil.reset();
      double generated = BenchReport.seconds(start);
      assertThat(ended).isEqualTo(BASE);
      RestCalls eva = new RestCalls("http://localhost:" + app.port, "eva");
      List<String> lines = new ArrayList<>();
      JsonNode first = null;
      HistoryCopies copies = new HistoryCopies(app.bean(org.springframework.jdbc.core.JdbcTemplate.class));
      int made = 1;
      for (int factor : COPIES) {
        double copySeconds = copies.copyUntil(made, factor);
        made = factor;
        Latency latency = Latency.of(eva, "/api/statistics?year=" + YEAR, factor >= 100 ? 30 : 100);
        JsonNode figures = latency.body().get("figures");
        if (first == null) {
          first = figures;
        }
        assertThat(figures.get("applications").get("total").asInt())
            .isEqualTo(first.get("applications").get("total").asInt() * factor);
        lines.add(String.format(java.util.Locale.ROOT, "%,7d finished cases: p50 %6.0f ms, p99 %6.0f ms, max %6.0f ms"
            + " (%d requests)%s; history rows: %s; copying took %.0f s", BASE * factor, latency.p50(), latency.p99(),
            latency.max(), latency.requests(), budget(BASE * factor, latency.p99()), copies.rowCounts(), copySeconds));
      }
      BenchReport.section("3. Statistics at scale (H2 file database; GET /api/statistics?year=" + YEAR + " as eva)");
      BenchReport.line("%d real cases of %d generated through the engine in %.0f s; larger histories are copies",
          BASE, YEAR, generated);
      lines.forEach(line -> BenchReport.line("%s", line));
      BenchReport.line("database %d MB", BenchApp.databaseMegabytes("statistics"));
    } finally {
      ClockUtil.reset();
    }
    BenchReport.printAll();
  }

  private static String budget(int cases, double p99) {
    if (cases == 10_000) {
      return p99 < 500 ? " (budget p99 < 500 ms: met)" : " (budget p99 < 500 ms: MISSED)";
    }
    if (cases == 100_000) {
      return p99 < 2000 ? " (budget p99 < 2 s: met)" : " (budget p99 < 2 s: MISSED)";
    }
    return "";
  }
}
