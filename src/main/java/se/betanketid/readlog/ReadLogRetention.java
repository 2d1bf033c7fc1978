package se.betanketid.readlog;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.betanketid.calendar.EngineTime;

/**
 * The read log's own retention, separate from the case's: a row is deleted {@code betanketid.read-log.retention-years}
 * (default 10) after the read, whether the case is still there or long gone. Runs every
 * {@code betanketid.read-log.sweep-interval} (default a day); the only statement that removes log rows.
 */
@Component
class ReadLogRetention implements DisposableBean {

  private static final Logger LOG = LoggerFactory.getLogger(ReadLogRetention.class);

  private final JdbcTemplate jdbc;
  private final int years;
  private final Duration interval;
  private ScheduledExecutorService timer;

  ReadLogRetention(JdbcTemplate jdbc, @Value("${betanketid.read-log.retention-years:10}") int years,
      @Value("${betanketid.read-log.sweep-interval:P1D}") Duration interval) {
    if (years < 1) {
      throw new IllegalStateException("betanketid.read-log.retention-years must be at least 1, not " + years);
    }
    this.jdbc = jdbc;
    this.years = years;
    this.interval = interval;
  }

  @EventListener(ApplicationReadyEvent.class)
  public void schedule() {
    if (interval.isZero() || interval.isNegative()) {
      return;
    }
    timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
      Thread thread = new Thread(runnable, "read-log-retention");
      thread.setDaemon(true);
      return thread;
    });
    timer.scheduleWithFixedDelay(() -> {
      try {
        sweep();
      } catch (RuntimeException failed) {
        LOG.warn("Read log retention sweep failed; retried in {}", interval, failed);
      }
    }, Math.min(interval.toMillis(), Duration.ofMinutes(5).toMillis()), interval.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Deletes the rows older than the retention; answers how many. */
  int sweep() {
    Timestamp limit = Timestamp.from(EngineTime.toZoned(EngineTime.now()).minusYears(years).toInstant());
    int deleted = jdbc.update("DELETE FROM read_log WHERE read_at < ?", limit);
    if (deleted > 0) {
      LOG.info("Read log retention: {} rows older than {} years deleted", deleted, years);
    }
    return deleted;
  }

  @Override
  public void destroy() {
    if (timer != null) {
      timer.shutdownNow();
    }
  }
}
