package se.betanketid.benchmark;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The benchmark's H2 file while it runs: its size every few seconds, to tell a file that stays bounded under
 * sustained load from one that only shrinks at the end. Nothing on PostgreSQL (its size is not a file).
 */
final class FileGrowth implements AutoCloseable {

  private final String name;
  private final AtomicLong largest = new AtomicLong();
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
        largest.accumulateAndGet(BenchDatabase.megabytes(name), Math::max);
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
  }
}
