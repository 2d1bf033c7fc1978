package se.betanketid.readlog;

import java.sql.Timestamp;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.betanketid.calendar.EngineTime;
import se.betanketid.retention.RetentionSweep;

/**
 * The read log's own retention, separate from the case's: a row is deleted {@code betanketid.read-log.retention-years}
 * (default 10) after the read, whether the case is still there or long gone. Run every
 * {@code betanketid.read-log.sweep-interval} (default a day) by {@code retention.RetentionSweeps}; the only statement
 * that removes log rows.
 */
@Component
class ReadLogRetention implements RetentionSweep {

  private static final Logger LOG = LoggerFactory.getLogger(ReadLogRetention.class);

  private final JdbcTemplate jdbc;
  private final int years;
  private final Duration interval;

  ReadLogRetention(JdbcTemplate jdbc, @Value("${betanketid.read-log.retention-years:10}") int years,
      @Value("${betanketid.read-log.sweep-interval:P1D}") Duration interval) {
    if (years < 1) {
      throw new IllegalStateException("betanketid.read-log.retention-years must be at least 1, not " + years);
    }
    this.jdbc = jdbc;
    this.years = years;
    this.interval = interval;
  }

  @Override
  public String name() {
    return "the read log";
  }

  @Override
  public Duration interval() {
    return interval;
  }

  /** Deletes the rows older than the retention; answers how many. */
  @Override
  public int sweep() {
    Timestamp limit = Timestamp.from(EngineTime.toZoned(EngineTime.now()).minusYears(years).toInstant());
    int deleted = jdbc.update("DELETE FROM read_log WHERE read_at < ?", limit);
    if (deleted > 0) {
      LOG.info("Read log retention: {} rows older than {} years deleted", deleted, years);
    }
    return deleted;
  }
}
