package se.betanketid.system;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the embedded default's H2 file near its data while the application runs. With WRITE_DELAY=0 (every
 * commit written to the file at once, application.yaml) H2 runs no background thread and so none of its own
 * housekeeping: every commit writes a new chunk (the changed pages of every table and index it touched, hundreds
 * of kB), older chunks keep a few live pages each and are never rewritten, and the file grew to 40 GB for 360 MB
 * of data after 2 000 cases (docs/benchmarks.md). Two schedules do that housekeeping instead:
 * <ul>
 *   <li>every {@code betanketid.h2-compaction.housekeeping-interval} (0.25 s), following the write rate: the file
 *       is forced to disk, then the live pages of the emptiest older chunks (at most
 *       {@code rewrite-limit}, 8 MB) are rewritten while the chunks' fill rate is under
 *       {@code fill-rate} (80 %), as H2's own background thread does with a write delay. Chunks left without
 *       live data are reused by later commits once they are {@code retention} old (1 s here instead of H2's
 *       45 s, which assumes nobody forces the file to disk: this forces it four times a second);</li>
 *   <li>every {@code betanketid.h2-compaction.interval} (15 s) the live data is moved together for at most
 *       about {@code max-time} (0.5 s; commits wait meanwhile), as H2 does when it closes, and the file shrinks.</li>
 * </ul>
 * A commit is still on the file before it returns (WRITE_DELAY=0: a killed process loses nothing committed,
 * CrashRestartIT). Only for an H2 file database; nothing on PostgreSQL or in memory. A failure is logged and
 * tried again next time.
 */
@Component
class H2FileCompaction implements DisposableBean {

  private static final Logger LOG = LoggerFactory.getLogger(H2FileCompaction.class);

  private final DataSource dataSource;
  private final boolean h2File;
  private final Duration interval;
  private final int maxMillis;
  private final Housekeeping housekeeping;
  private ScheduledExecutorService scheduler;

  /** The frequent part: how often, chunks' fill rate to keep, bytes rewritten at most each time, retention. */
  record Housekeeping(Duration interval, int fillRate, int rewriteLimit, Duration retention) {

    boolean enabled() {
      return !interval.isZero() && !interval.isNegative();
    }
  }

  @Autowired
  H2FileCompaction(DataSource dataSource, @Value("${spring.datasource.url:}") String url,
      @Value("${betanketid.h2-compaction.interval:PT15S}") Duration interval,
      @Value("${betanketid.h2-compaction.max-time:PT0.5S}") Duration maxTime,
      @Value("${betanketid.h2-compaction.housekeeping-interval:PT0.25S}") Duration housekeepingInterval,
      @Value("${betanketid.h2-compaction.fill-rate:80}") int fillRate,
      @Value("${betanketid.h2-compaction.rewrite-limit:8MB}") org.springframework.util.unit.DataSize rewriteLimit,
      @Value("${betanketid.h2-compaction.retention:PT1S}") Duration retention) {
    this(dataSource, url, interval, maxTime,
        new Housekeeping(housekeepingInterval, fillRate, (int) rewriteLimit.toBytes(), retention));
  }

  H2FileCompaction(DataSource dataSource, String url, Duration interval, Duration maxTime,
      Housekeeping housekeeping) {
    this.dataSource = dataSource;
    this.h2File = url.startsWith("jdbc:h2:file:") || url.startsWith("jdbc:h2:./");
    this.interval = interval;
    this.maxMillis = (int) maxTime.toMillis();
    this.housekeeping = housekeeping;
  }

  @EventListener(ApplicationReadyEvent.class)
  public void schedule() {
    boolean compacting = !interval.isZero() && !interval.isNegative();
    if (!h2File || !compacting && !housekeeping.enabled()) {
      return;
    }
    scheduler = Executors.newSingleThreadScheduledExecutor(work -> {
      Thread thread = new Thread(work, "h2-compaction");
      thread.setDaemon(true);
      return thread;
    });
    if (housekeeping.enabled()) {
      scheduler.scheduleWithFixedDelay(() -> quietly(this::housekeep), housekeeping.interval().toMillis(),
          housekeeping.interval().toMillis(), TimeUnit.MILLISECONDS);
    }
    if (compacting) {
      scheduler.scheduleWithFixedDelay(() -> quietly(this::compact), interval.toMillis(), interval.toMillis(),
          TimeUnit.MILLISECONDS);
    }
  }

  /**
   * The frequent part: the file forced to disk, then (if the chunks' fill rate is under the target) the live
   * pages of the emptiest chunks older than the retention time rewritten, up to the limit; the next commits
   * write them and free those chunks. Nothing unless an H2 file database.
   */
  void housekeep() throws SQLException {
    if (!h2File) {
      return;
    }
    try (Connection connection = dataSource.getConnection()) {
      MVStore store = store(connection);
      store.sync();
      int retention = (int) housekeeping.retention().toMillis();
      if (store.getRetentionTime() != retention) {
        store.setRetentionTime(retention);
      }
      store.compact(housekeeping.fillRate(), housekeeping.rewriteLimit());
    }
  }

  private static MVStore store(Connection connection) throws SQLException {
    return ((SessionLocal) connection.unwrap(JdbcConnection.class).getSession()).getDatabase().getStore()
        .getMvStore();
  }

  /** One compaction of the file; H2's retention time is left as it was. Nothing unless an H2 file database. */
  void compact() throws SQLException {
    if (!h2File) {
      return;
    }
    try (Connection connection = dataSource.getConnection()) {
      MVStore store = store(connection);
      int retention = store.getRetentionTime();
      try {
        store.compactFile(maxMillis);
      } finally {
        store.setRetentionTime(retention);
      }
    }
  }

  private interface Step {
    void run() throws SQLException;
  }

  private long lastWarning;

  /** Runs a step; a failure is logged at most once a minute (the housekeeping runs four times a second). */
  private void quietly(Step step) {
    try {
      step.run();
    } catch (Exception | LinkageError failed) {
      long now = System.nanoTime();
      if (lastWarning == 0 || now - lastWarning > TimeUnit.MINUTES.toNanos(1)) {
        lastWarning = now;
        LOG.warn("Could not compact the H2 database file (tried again): {}", failed.toString());
      }
    }
  }

  /** Lets a running compaction end: an interrupted thread would close H2's file channel under it. */
  @Override
  public void destroy() throws InterruptedException {
    if (scheduler != null) {
      scheduler.shutdown();
      scheduler.awaitTermination(30, TimeUnit.SECONDS);
    }
  }
}
