package se.betanketid.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The one scheduler of our retention sweeps: each at its interval, a failing one retried and harmless to others. */
class RetentionSweepsTest {

  record Sweep(String name, Duration interval, Runnable work, AtomicInteger runs) implements RetentionSweep {
    @Override
    public int sweep() {
      runs.incrementAndGet();
      work.run();
      return 0;
    }
  }

  @Test
  void aFailingSweepIsRetriedAndTheOthersKeepRunning() throws InterruptedException {
    CountDownLatch threeGoodRuns = new CountDownLatch(3);
    Sweep failing = new Sweep("failing", Duration.ofMillis(20), () -> {
      throw new IllegalStateException("database away");
    }, new AtomicInteger());
    Sweep good = new Sweep("good", Duration.ofMillis(20), threeGoodRuns::countDown, new AtomicInteger());
    Sweep never = new Sweep("never", Duration.ZERO, () -> { }, new AtomicInteger());
    RetentionSweeps sweeps = new RetentionSweeps(List.of(failing, good, never));
    try {
      sweeps.schedule();
      assertThat(threeGoodRuns.await(10, TimeUnit.SECONDS)).isTrue();
    } finally {
      sweeps.destroy();
    }
    assertThat(failing.runs().get()).isGreaterThanOrEqualTo(2);
    assertThat(never.runs().get()).isZero();
  }
}
