package se.betanketid.statistics;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Counts from 1 up to below the threshold are shown as "&lt;5" (threshold 5) in exports and to the national
 * coordination, so that a small figure cannot point to a person. Zero stays 0; threshold 0 shows everything.
 */
@Component
public class SmallCounts {

  private final int threshold;

  SmallCounts(@Value("${betanketid.statistics.small-count-threshold:5}") int threshold) {
    this.threshold = threshold;
  }

  public boolean hidden(Number count) {
    return count != null && count.longValue() > 0 && count.longValue() < threshold;
  }

  /** The count, or "&lt;5" when it is small. */
  public Object show(Number count) {
    return hidden(count) ? "<" + threshold : count;
  }

  public int threshold() {
    return threshold;
  }
}
