package se.betanketid.casefile;

import org.camunda.bpm.spring.boot.starter.event.PostDeployEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import se.betanketid.calendar.EngineTime;

/**
 * Case numbers BT-&lt;year&gt;-&lt;5 digits&gt;, sequential per year. The counter row is incremented under a row
 * lock inside the start's own transaction, so concurrent starts wait for each other and a rolled-back start
 * gives its number back.
 */
@Service
public class CaseNumbers {

  private final JdbcTemplate jdbc;

  CaseNumbers(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Creates the counter rows of this and next year ahead of time (at start), so starts only update. */
  @EventListener(PostDeployEvent.class)
  @Transactional
  public void prepareYears() {
    int year = EngineTime.today().getYear();
    for (int y = year; y <= year + 1; y++) {
      if (jdbc.queryForObject("SELECT COUNT(*) FROM bt_case_number_counter WHERE counter_year = ?",
          Integer.class, y) == 0) {
        insertFirst(y, 0);
      }
    }
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public String next() {
    int year = EngineTime.today().getYear();
    if (jdbc.update("UPDATE bt_case_number_counter SET last_value = last_value + 1 WHERE counter_year = ?",
        year) == 0) {
      insertFirst(year, 1);
    }
    int value = jdbc.queryForObject("SELECT last_value FROM bt_case_number_counter WHERE counter_year = ?",
        Integer.class, year);
    return format(year, value);
  }

  private void insertFirst(int year, int value) {
    try {
      jdbc.update("INSERT INTO bt_case_number_counter (counter_year, last_value) VALUES (?, ?)", year, value);
    } catch (DuplicateKeyException raced) {
      // another start created this year's row first: take the next number under its lock
      jdbc.update("UPDATE bt_case_number_counter SET last_value = last_value + 1 WHERE counter_year = ?", year);
    }
  }

  static String format(int year, int value) {
    return String.format("BT-%d-%05d", year, value);
  }
}
