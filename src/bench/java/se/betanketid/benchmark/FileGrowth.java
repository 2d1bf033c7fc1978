package se.betanketid.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * The benchmark's H2 file while it runs: its size every few seconds, to tell a file that stays bounded under
 * sustained load from one that only shrinks at the end. Nothing on PostgreSQL (its size is not a file).
 */
final class FileGrowth implements AutoCloseable {

  private final String name;
  private final AtomicLong largest = new AtomicLong();
  /** The largest size of each minute so far (the last one still running), to see whether the file levels off. */
  private final List<Long> perMinute = new ArrayList<>();
  private final long started = System.nanoTime();
  private final javax.sql.DataSource dataSource;
  private final List<String> storePerMinute = new ArrayList<>();
  private final Thread sampler;
  private volatile boolean running = true;

  FileGrowth(String name) {
    this(name, null);
  }

  /**
   * With the application's data source: each minute also H2's own view of its store (MVStore): how full the file
   * is, how full its chunks are, and how many versions it keeps (a chunk without live pages is reused only once no
   * kept version needs it), to tell free space that is not reused from chunks that are not rewritten.
   */
  FileGrowth(String name, javax.sql.DataSource dataSource) {
    this.name = name;
    this.dataSource = dataSource;
    this.sampler = new Thread(this::sample, "bench-file-growth");
    sampler.setDaemon(true);
    if (!BenchDatabase.postgres()) {
      sampler.start();
    }
  }

  private void sample() {
    while (running) {
      try {
        long megabytes = BenchDatabase.megabytes(name);
        largest.accumulateAndGet(megabytes, Math::max);
        int minute = (int) ((System.nanoTime() - started) / 60_000_000_000L);
        synchronized (perMinute) {
          while (perMinute.size() <= minute) {
            perMinute.add(0L);
          }
          perMinute.set(minute, Math.max(perMinute.get(minute), megabytes));
          while (dataSource != null && storePerMinute.size() <= minute) {
            storePerMinute.add(storeState());
          }
        }
      } catch (RuntimeException fileMovedMeanwhile) {
        // H2 replaces its file while it compacts: try again at the next sample
      }
      try {
        Thread.sleep(2_000);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  private String storeState() {
    try (java.sql.Connection connection = dataSource.getConnection()) {
      org.h2.mvstore.MVStore store = ((org.h2.engine.SessionLocal) connection.unwrap(org.h2.jdbc.JdbcConnection.class)
          .getSession()).getDatabase().getStore().getMvStore();
      java.lang.reflect.Method oldest = org.h2.mvstore.MVStore.class.getDeclaredMethod("getOldestVersionToKeep");
      oldest.setAccessible(true);
      long kept = store.getCurrentVersion() - (long) oldest.invoke(store);
      return store.getFillRate() + " " + store.getFileStore().getChunksFillRate() + " " + kept;
    } catch (Exception | LinkageError e) {
      return "? (" + e.getClass().getSimpleName() + ")";
    }
  }

  /** The largest size seen, in MB. */
  long largestMegabytes() {
    return largest.get();
  }

  @Override
  public void close() {
    running = false;
    sampler.interrupt();
    synchronized (perMinute) {
      if (!perMinute.isEmpty()) {
        BenchReport.line("H2 file of %s, the largest of each minute (MB): %s", name,
            perMinute.stream().map(String::valueOf).collect(Collectors.joining(" ")));
      }
      if (!storePerMinute.isEmpty()) {
        BenchReport.line("H2's store at the start of each minute (file fill %%, chunks fill %%, versions kept): %s",
            String.join(" | ", storePerMinute));
      }
    }
  }
}
