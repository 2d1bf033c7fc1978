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
  private final Thread sampler;
  private volatile boolean running = true;

  FileGrowth(String name) {
    this.name = name;
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
    }
  }
}
