package se.betanketid.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import se.betanketid.RestCalls;

/** Latency of one GET, requested one after another by one client after a warm-up: p50, p99 and max in ms. */
record Latency(int requests, double p50, double p99, double max, JsonNode body) {

  static final int WARM_UP = 3;

  static Latency of(RestCalls client, String path, int requests) {
    RestCalls.Answer answer = null;
    for (int i = 0; i < WARM_UP; i++) {
      answer = client.get(path);
      if (answer.status() != 200) {
        throw new IllegalStateException(path + " answered " + answer.status() + ": " + answer.body());
      }
    }
    List<Double> millis = new ArrayList<>();
    for (int i = 0; i < requests; i++) {
      long start = System.nanoTime();
      answer = client.get(path);
      millis.add((System.nanoTime() - start) / 1e6);
      if (answer.status() != 200) {
        throw new IllegalStateException(path + " answered " + answer.status() + ": " + answer.body());
      }
    }
    return new Latency(requests, BenchReport.percentile(millis, 50), BenchReport.percentile(millis, 99),
        BenchReport.percentile(millis, 100), answer.json());
  }
}
