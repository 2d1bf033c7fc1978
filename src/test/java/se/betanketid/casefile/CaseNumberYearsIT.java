package se.betanketid.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.betanketid.ProcessTestCase;

/** {@link CaseNumbers} prepares this year's and next year's counters at start by itself (no other package asks it). */
class CaseNumberYearsIT extends ProcessTestCase {

  @Autowired JdbcTemplate jdbc;

  @Test
  void thisAndNextYearsCountersExistAfterStart() {
    int year = LocalDate.now().getYear();
    assertThat(jdbc.queryForList("SELECT counter_year FROM bt_case_number_counter WHERE counter_year IN (?, ?)",
        Integer.class, year, year + 1)).containsExactlyInAnyOrder(year, year + 1);
  }
}
