package se.betanketid.statistics;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import se.betanketid.calendar.EngineTime;

/**
 * After start, reads the last five years' closed cases once in the background (what the dashboard's charts
 * show), so that the first manager does not wait for a cold database. Off with
 * {@code betanketid.statistics.warm-up=false}; never in tests.
 */
@Component
@Profile("!test")
@ConditionalOnProperty(name = "betanketid.statistics.warm-up", havingValue = "true", matchIfMissing = true)
class StatisticsWarmUp {

  private static final Logger LOG = LoggerFactory.getLogger(StatisticsWarmUp.class);

  private final YearlyStatistics statistics;

  StatisticsWarmUp(YearlyStatistics statistics) {
    this.statistics = statistics;
  }

  @EventListener(ApplicationReadyEvent.class)
  public void start() {
    Thread thread = new Thread(this::warmUp, "statistics-warm-up");
    thread.setDaemon(true);
    thread.setPriority(Thread.MIN_PRIORITY);
    thread.start();
  }

  void warmUp() {
    long started = System.nanoTime();
    try {
      int year = EngineTime.today().getYear();
      statistics.forYears(year - DashboardController.TREND_YEARS + 1, year, StatisticsScope.everything());
      LOG.info("Statistics warmed up in {} ms", (System.nanoTime() - started) / 1_000_000);
    } catch (RuntimeException failed) {
      LOG.warn("Statistics warm-up failed: {}", failed.toString());
    }
  }
}
