package se.betanketid.statistics;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import se.betanketid.calendar.EngineTime;

/**
 * Runs the statistics' read once as the application starts, before it reports ready, so that the first request
 * after a start does not pay for loading the code's classes and the JSON serializers (a fresh JVM spends most of a
 * second on them; docs/benchmarks.md). The read itself is small whatever the register's size (the facts' sums,
 * {@link FactYears}). The application keeps nothing of it (no figures are cached; every request reads the
 * register). Off with {@code betanketid.statistics.prime-at-start=false}.
 */
@Component
class StatisticsPriming {

  private static final Logger LOG = LoggerFactory.getLogger(StatisticsPriming.class);
  /** The years the dashboard's trend reads at once (DashboardController.TREND_YEARS). */
  static final int YEARS = 5;

  private final YearlyStatistics statistics;
  private final StatisticsView view;
  private final boolean enabled;

  StatisticsPriming(YearlyStatistics statistics, StatisticsView view,
      @Value("${betanketid.statistics.prime-at-start:true}") boolean enabled) {
    this.statistics = statistics;
    this.view = view;
    this.enabled = enabled;
  }

  @EventListener(ApplicationReadyEvent.class)
  void prime() {
    if (!enabled) {
      return;
    }
    long start = System.nanoTime();
    try {
      int last = EngineTime.today().getYear();
      StatisticsScope national = new StatisticsScope(java.util.Set.of(), null, true);
      statistics.forYears(last - YEARS + 1, last, national).forEach(report -> view.json(report, national));
      LOG.info("Statistics primed in {} ms", (System.nanoTime() - start) / 1_000_000);
    } catch (RuntimeException failed) {
      LOG.warn("Statistics not primed at start: the first request reads them cold", failed);
    }
  }
}
