package se.betanketid.validation;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a request could leave behind, counted in the database: process instances and their history, variables,
 * tasks, jobs, used case numbers and start fingerprints. Equal before and after: nothing was stored or run.
 */
record Footprint(long historicInstances, long historicVariables, long historicDetails, long executions, long tasks,
    long jobs, long caseNumbersUsed, long fingerprints) {

  static Footprint of(JdbcTemplate jdbc) {
    return new Footprint(count(jdbc, "ACT_HI_PROCINST"), count(jdbc, "ACT_HI_VARINST"), count(jdbc, "ACT_HI_DETAIL"),
        count(jdbc, "ACT_RU_EXECUTION"), count(jdbc, "ACT_RU_TASK"), count(jdbc, "ACT_RU_JOB"),
        jdbc.queryForObject("SELECT COALESCE(SUM(last_value), 0) FROM bt_case_number_counter", Long.class),
        count(jdbc, "bt_start_fingerprint"));
  }

  private static long count(JdbcTemplate jdbc, String table) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
  }
}
