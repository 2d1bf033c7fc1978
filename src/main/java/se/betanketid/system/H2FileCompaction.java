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
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Compacts the embedded default's H2 file while the application runs. With WRITE_DELAY=0 (every commit written
 * to the file at once, application.yaml) H2 does no housekeeping of its own, and the file grows by megabytes per
 * case: 40 GB for 360 MB of data after 2 000 cases (docs/benchmarks.md). Every
 * {@code betanketid.h2-compaction.interval} (1 minute) this moves the live data together for at most about
 * {@code betanketid.h2-compaction.max-time} (0.5 s; commits wait meanwhile), as H2 does when it closes. Only
 * for an H2 file database; nothing on PostgreSQL or in memory. A failure is logged and tried again next time.
 */
@Component
class H2FileCompaction implements DisposableBean {

  private static final Logger LOG = LoggerFactory.getLogger(H2FileCompaction.class);

  private final DataSource dataSource;
  private final boolean h2File;
  private final Duration interval;
  private final int maxMillis;
  private ScheduledExecutorService scheduler;

  H2FileCompaction(DataSource dataSource, @Value("${spring.datasource.url:}") String url,
      @Value("${betanketid.h2-compaction.interval:PT1M}") Duration interval,
      @Value("${betanketid.h2-compaction.max-time:PT0.5S}") Duration maxTime) {
    this.dataSource = dataSource;
    this.h2File = url.startsWith("jdbc:h2:file:") || url.startsWith("jdbc:h2:./");
    this.interval = interval;
    this.maxMillis = (int) maxTime.toMillis();
  }

  @EventListener(ApplicationReadyEvent.class)
  public void schedule() {
    if (!h2File || interval.isZero() || interval.isNegative()) {
      return;
    }
    scheduler = Executors.newSingleThreadScheduledExecutor(work -> {
      Thread thread = new Thread(work, "h2-compaction");
      thread.setDaemon(true);
      return thread;
    });
    scheduler.scheduleWithFixedDelay(this::compactQuietly, interval.toMillis(), interval.toMillis(),
        TimeUnit.MILLISECONDS);
  }

  /** One compaction of the file; H2's retention time is left as it was. Nothing unless an H2 file database. */
  void compact() throws SQLException {
    if (!h2File) {
      return;
    }
    try (Connection connection = dataSource.getConnection()) {
      MVStore store = ((SessionLocal) connection.unwrap(JdbcConnection.class).getSession()).getDatabase()
          .getStore().getMvStore();
      int retention = store.getRetentionTime();
      try {
        store.compactFile(maxMillis);
      } finally {
        store.setRetentionTime(retention);
      }
    }
  }

  private void compactQuietly() {
    try {
      compact();
    } catch (Exception | LinkageError failed) {
      LOG.warn("Could not compact the H2 database file (tried again in {}): {}", interval, failed.toString());
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
