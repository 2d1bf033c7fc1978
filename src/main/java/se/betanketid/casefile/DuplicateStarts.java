package se.betanketid.casefile;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.TreeMap;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import se.betanketid.calendar.EngineTime;
import se.betanketid.validation.DuplicateStartException;

/**
 * The same start submitted twice (a double click on "Starta ärendet", a client that retries after a timeout)
 * opens one case, not two: a second start with exactly the same values by the same user within the window
 * ({@code betanketid.duplicate-start-window}, default 10 minutes) is refused. Only a one-way fingerprint (SHA-256
 * of user, form and values) is kept, and only for the window; no personal data is stored.
 */
@Service
public class DuplicateStarts {

  private final JdbcTemplate jdbc;
  private volatile Duration window;

  DuplicateStarts(JdbcTemplate jdbc, @Value("${betanketid.duplicate-start-window:PT10M}") Duration window) {
    this.jdbc = jdbc;
    this.window = window;
  }

  /** Remembers this start, or refuses it when the user submitted the same values within the window. */
  @Transactional(propagation = Propagation.MANDATORY)
  public void check(String userId, String formId, VariableMap submitted) {
    Duration current = window;
    if (userId == null || current.isZero() || current.isNegative()) {
      return;
    }
    long now = EngineTime.now().getTime();
    String fingerprint = fingerprint(userId, formId, submitted);
    jdbc.update("DELETE FROM bt_start_fingerprint WHERE created_millis < ?", now - current.toMillis());
    try {
      jdbc.update("INSERT INTO bt_start_fingerprint (fingerprint, created_millis) VALUES (?, ?)", fingerprint, now);
    } catch (DuplicateKeyException sameStart) {
      throw new DuplicateStartException(current);
    } catch (DataAccessException sameStartStillRunning) {
      // an identical start holds the row lock and the database gave up waiting for it
      throw new DuplicateStartException(current);
    }
  }

  public Duration window() {
    return window;
  }

  /** Changes the window while the application runs (the test of this guard switches it on). */
  public void window(Duration newWindow) {
    this.window = newWindow;
  }

  static String fingerprint(String userId, String formId, VariableMap submitted) {
    TreeMap<String, String> values = new TreeMap<>();
    submitted.keySet().forEach(name -> {
      TypedValue value = submitted.getValueTyped(name);
      values.put(name, (value.getType() == null ? "" : value.getType().getName()) + ":" + value.getValue());
    });
    String text = formId + "\n" + userId + "\n" + values;
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
