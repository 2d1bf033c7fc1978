package se.betanketid.statistics;

import java.util.List;
import se.betanketid.statistics.YearlyReport.Spread;

/**
 * Median and 90th percentile by linear interpolation between the closest ranks (as PERCENTILE.INC in a
 * spreadsheet), rounded to one decimal.
 */
final class Percentiles {

  private Percentiles() {}

  static Spread of(List<Long> values) {
    if (values.isEmpty()) {
      return new Spread(0, null, null);
    }
    long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
    return new Spread(sorted.length, percentile(sorted, 0.5), percentile(sorted, 0.9));
  }

  static double percentile(long[] sorted, double p) {
    double rank = (sorted.length - 1) * p;
    int lower = (int) Math.floor(rank);
    int upper = Math.min(lower + 1, sorted.length - 1);
    double value = sorted[lower] + (rank - lower) * (sorted[upper] - sorted[lower]);
    return Math.round(value * 10) / 10.0;
  }
}
