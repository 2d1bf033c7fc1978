package se.betanketid.benchmark;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.Map;
import org.springframework.test.util.AopTestUtils;

/**
 * The statistics' in-memory caches of closed cases: their facts ({@code statistics.CaseHistory}, field
 * {@code closed}) and the closed years ({@code statistics.ClosedYears#forget}), reached by reflection so that the
 * benchmark can time requests that read every case from history. Absent (a changed implementation): the cold
 * series is reported as n/a.
 */
final class ClosedCaseCache {

  private final Map<?, ?> closed;
  private Object years;
  private Method forget;

  ClosedCaseCache(BenchApp app) {
    Map<?, ?> found = null;
    try {
      Object history = AopTestUtils.getUltimateTargetObject(app.bean("caseHistory"));
      Field field = history.getClass().getDeclaredField("closed");
      field.setAccessible(true);
      found = (Map<?, ?>) field.get(history);
      years = AopTestUtils.getUltimateTargetObject(app.bean("closedYears"));
      forget = years.getClass().getDeclaredMethod("forget");
      forget.setAccessible(true);
    } catch (ReflectiveOperationException | RuntimeException notThere) {
      BenchReport.progress("no closed-case cache found (%s): cold series skipped", notThere);
    }
    this.closed = found;
  }

  boolean found() {
    return closed != null;
  }

  void clear() {
    closed.clear();
    try {
      forget.invoke(years);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
