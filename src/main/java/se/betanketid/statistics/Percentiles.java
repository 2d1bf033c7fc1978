package se.betanketid.statistics;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import se.betanketid.statistics.YearlyReport.Spread;

/**
 * Median and 90th percentile by linear interpolation between the closest ranks (as PERCENTILE.INC in a
 * spreadsheet), rounded to one decimal.
 */
final class Percentiles {

  private Percentiles() {}

  static Spread of(List<Long> values) {
    Map<Long, Integer> counts = new TreeMap<>();
    values.forEach(value -> counts.merge(value, 1, Integer::sum));
    return of(counts);
  }

  /** Of values given with how often each occurs (the sums hold them so: one row per duration, not per case). */
  static Spread of(Map<Long, Integer> counts) {
    TreeMap<Long, Integer> sorted = new TreeMap<>(counts);
    sorted.values().removeIf(n -> n <= 0);
    long size = sorted.values().stream().mapToLong(Integer::longValue).sum();
    if (size == 0) {
      return new Spread(0, null, null);
    }
    return new Spread((int) size, percentile(sorted, size, 0.5), percentile(sorted, size, 0.9));
  }

  private static double percentile(TreeMap<Long, Integer> counts, long size, double p) {
    double rank = (size - 1) * p;
    long lower = (long) Math.floor(rank);
    long upper = Math.min(lower + 1, size - 1);
    double low = at(counts, lower);
    double value = low + (rank - lower) * (at(counts, upper) - low);
    return Math.round(value * 10) / 10.0;
  }

  /** The value at this 0-based rank of the values in order. */
  private static long at(TreeMap<Long, Integer> counts, long rank) {
    long seen = 0;
    for (Map.Entry<Long, Integer> entry : counts.entrySet()) {
      seen += entry.getValue();
      if (rank < seen) {
        return entry.getKey();
      }
    }
    return counts.lastKey();
  }
}
