package se.betanketid.benchmark;

import java.util.ArrayList;
import java.util.List;
import se.betanketid.RestCalls;

/**
 * Latency of one GET, requested one after another by one client after a warm-up: p50, p99 and max in ms. An
 * optional action runs before each timed request (untimed), e.g. emptying a cache.
 */
record Latency(int requests, double p50, double p99, double max) {

  static final int WARM_UP = 3;

  static Latency of(RestCalls client, String path, int requests, Runnable beforeEach) {
    for (int i = 0; i < WARM_UP; i++) {
      check(path, client.get(path));
    }
    List<Double> millis = new ArrayList<>();
    for (int i = 0; i < requests; i++) {
      if (beforeEach != null) {
        beforeEach.run();
      }
      long start = System.nanoTime();
      RestCalls.Answer answer = client.get(path);
      millis.add((System.nanoTime() - start) / 1e6);
      check(path, answer);
    }
    return new Latency(requests, BenchReport.percentile(millis, 50), BenchReport.percentile(millis, 99),
        BenchReport.percentile(millis, 100));
  }

  private static void check(String path, RestCalls.Answer answer) {
    if (answer.status() != 200) {
      throw new IllegalStateException(path + " answered " + answer.status() + ": " + answer.body());
    }
  }
}
