package se.betanketid.statistics;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * What a period's figures are computed from, read from the case register's sums of its anonymous facts
 * ({@code fact_sum_*}, kept by {@code register.FactSums} in the transaction that changes a case's facts): never
 * from the engine's tables, so the figures outlive the cases' personal data and history, and a few hundred rows
 * whatever the number of cases (docs/statistics.md).
 */
@Repository
class FactYears {

  /** {@code n} cases that are alike in everything the yearly table counts of a case. */
  record Fact(Integer applicationYear, Integer decisionYear, Integer outcomeYear, Integer boardYear,
      String municipalityCode, String policeRegion, String route, boolean viaCoordinator, String sex,
      List<String> exploitationForms, String decisionResult, String applicationDecision, String declineReason,
      String outcome, String rejectionReason, int n) {

    /** One case. */
    Fact(Integer applicationYear, Integer decisionYear, Integer outcomeYear, Integer boardYear,
        String municipalityCode, String policeRegion, String route, boolean viaCoordinator, String sex,
        List<String> exploitationForms, String decisionResult, String applicationDecision, String declineReason,
        String outcome, String rejectionReason) {
      this(applicationYear, decisionYear, outcomeYear, boardYear, municipalityCode, policeRegion, route,
          viaCoordinator, sex, exploitationForms, decisionResult, applicationDecision, declineReason, outcome,
          rejectionReason, 1);
    }

    boolean in(Integer key, int year) {
      return key != null && key == year;
    }
  }

  /**
   * {@code n} cases with the same duration in days ({@code days}, null when a date is missing) in a year: from
   * identification to application by the application's year, or from application to decision by the decision's
   * year (with the decision's result).
   */
  record Days(Integer year, String municipalityCode, String policeRegion, String decisionResult, Integer days,
      int n) {}

  /** A breach count of one kind in one year. */
  record Breaches(String municipalityCode, String policeRegion, int year, String kind, int count) {}

  record Facts(List<Fact> cases, List<ChildFacts> children, List<Breaches> breaches, List<Days> toApplication,
      List<Days> toDecision) {}

  private static final String CASE_COLUMNS = "application_year, decision_year, outcome_year,"
      + " application_decision_year, municipality_code, police_region, route, via_coordinator, sex,"
      + " exploitation_forms, decision_result, application_decision, decline_reason, outcome, rejection_reason";
  private static final String CHILD_COLUMNS = "municipality_code, police_region, registered_year, running,"
      + " covered, coverage_basis, escalation_open, covered_on_arrival";
  private static final String BREACH_COLUMNS = "municipality_code, police_region, breach_year, kind";
  private static final String APPLICATION_DAYS = "application_year, municipality_code, police_region,"
      + " days_to_application";
  private static final String DECISION_DAYS = "decision_year, municipality_code, police_region, decision_result,"
      + " days_to_decision";

  private final JdbcTemplate jdbc;

  FactYears(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * The facts of the years first..last, alike ones together (a group may have more than one row in a sum table:
   * they are added up).
   */
  Facts read(int first, int last) {
    List<Fact> cases = jdbc.query("SELECT " + CASE_COLUMNS + ", SUM(n) FROM fact_sum_case"
        + " WHERE application_year BETWEEN ? AND ? OR decision_year BETWEEN ? AND ?"
        + " OR outcome_year BETWEEN ? AND ? OR application_decision_year BETWEEN ? AND ?"
        + " GROUP BY " + CASE_COLUMNS + " HAVING SUM(n) > 0",
        (rs, i) -> new Fact(integer(rs, 1), integer(rs, 2), integer(rs, 3), integer(rs, 4),
            rs.getString(5), rs.getString(6), rs.getString(7), rs.getBoolean(8), rs.getString(9),
            rs.getString(10) == null ? List.of() : List.of(rs.getString(10).split(",")), rs.getString(11),
            rs.getString(12), rs.getString(13), rs.getString(14), rs.getString(15), rs.getInt(16)),
        first, last, first, last, first, last, first, last);
    List<ChildFacts> children = jdbc.query("SELECT " + CHILD_COLUMNS + ", SUM(n) FROM fact_sum_child"
        + " WHERE registered_year BETWEEN ? AND ? GROUP BY " + CHILD_COLUMNS + " HAVING SUM(n) > 0",
        (rs, i) -> new ChildFacts(null, rs.getString(1), rs.getString(2), LocalDate.of(rs.getInt(3), 1, 1),
            rs.getBoolean(4), bool(rs, 5), rs.getString(6), bool(rs, 7), bool(rs, 8), null, rs.getInt(9)),
        first, last);
    List<Breaches> breaches = jdbc.query("SELECT " + BREACH_COLUMNS + ", SUM(n) FROM fact_sum_breach"
        + " WHERE breach_year BETWEEN ? AND ? GROUP BY " + BREACH_COLUMNS + " HAVING SUM(n) > 0",
        (rs, i) -> new Breaches(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getInt(5)),
        first, last);
    List<Days> toApplication = jdbc.query("SELECT " + APPLICATION_DAYS + ", SUM(n) FROM fact_sum_application_days"
        + " WHERE application_year BETWEEN ? AND ? GROUP BY " + APPLICATION_DAYS + " HAVING SUM(n) > 0",
        (rs, i) -> new Days(integer(rs, 1), rs.getString(2), rs.getString(3), null, integer(rs, 4), rs.getInt(5)),
        first, last);
    List<Days> toDecision = jdbc.query("SELECT " + DECISION_DAYS + ", SUM(n) FROM fact_sum_decision_days"
        + " WHERE decision_year BETWEEN ? AND ? GROUP BY " + DECISION_DAYS + " HAVING SUM(n) > 0",
        (rs, i) -> new Days(integer(rs, 1), rs.getString(2), rs.getString(3), rs.getString(4), integer(rs, 5),
            rs.getInt(6)),
        first, last);
    return new Facts(cases, children, breaches, toApplication, toDecision);
  }

  private static Integer integer(java.sql.ResultSet rs, int column) throws java.sql.SQLException {
    int value = rs.getInt(column);
    return rs.wasNull() ? null : value;
  }

  private static Boolean bool(java.sql.ResultSet rs, int column) throws java.sql.SQLException {
    boolean value = rs.getBoolean(column);
    return rs.wasNull() ? null : value;
  }
}
