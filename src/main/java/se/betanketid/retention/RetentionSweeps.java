package se.betanketid.retention;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Runs every {@link RetentionSweep} at its interval, on one daemon thread, once the application is ready: the first
 * run after the interval or 5 minutes, whichever is shorter. A sweep that fails is logged and runs again at its next
 * time; it never stops the others.
 */
@Component
class RetentionSweeps implements DisposableBean {

  private static final Logger LOG = LoggerFactory.getLogger(RetentionSweeps.class);
  private static final Duration FIRST_AT_MOST = Duration.ofMinutes(5);

  private final List<RetentionSweep> sweeps;
  private ScheduledExecutorService timer;

  RetentionSweeps(List<RetentionSweep> sweeps) {
    this.sweeps = List.copyOf(sweeps);
  }

  @EventListener(ApplicationReadyEvent.class)
  public synchronized void schedule() {
    if (timer != null) {
      return;
    }
    timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
      Thread thread = new Thread(runnable, "retention-sweeps");
      thread.setDaemon(true);
      return thread;
    });
    for (RetentionSweep sweep : sweeps) {
      Duration interval = sweep.interval();
      if (interval.isZero() || interval.isNegative()) {
        continue;
      }
      long first = Math.min(interval.toMillis(), FIRST_AT_MOST.toMillis());
      timer.scheduleWithFixedDelay(() -> run(sweep), first, interval.toMillis(), TimeUnit.MILLISECONDS);
    }
  }

  static void run(RetentionSweep sweep) {
    try {
      sweep.sweep();
    } catch (RuntimeException failed) {
      LOG.warn("Retention sweep of {} failed; retried in {}", sweep.name(), sweep.interval(), failed);
    }
  }

  @Override
  public synchronized void destroy() {
    if (timer != null) {
      timer.shutdownNow();
    }
  }
}
