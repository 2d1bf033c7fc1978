package se.betanketid.statistics;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * What a period's figures are computed from, read from the case register's anonymous facts ({@code case_fact},
 * {@code case_fact_child}, {@code case_fact_breach}): never from the engine's tables, so the figures outlive the
 * cases' personal data and history (docs/statistics.md).
 */
@Repository
class FactYears {

  /**
   * The facts of {@code n} cases that are alike in everything the yearly table counts (the register's rows are
   * grouped by the database: the figures cost one row per kind of case, not per case).
   */
  record Fact(String factId, Integer applicationYear, Integer decisionYear, Integer outcomeYear, Integer boardYear,
      String municipalityCode, String policeRegion, String route, boolean viaCoordinator, String sex,
      List<String> exploitationForms, String decisionResult, String applicationDecision, String declineReason,
      String outcome, Integer daysToApplication, Integer daysToDecision, String rejectionReason, int n) {

    /** One case. */
    Fact(String factId, Integer applicationYear, Integer decisionYear, Integer outcomeYear, Integer boardYear,
        String municipalityCode, String policeRegion, String route, boolean viaCoordinator, String sex,
        List<String> exploitationForms, String decisionResult, String applicationDecision, String declineReason,
        String outcome, Integer daysToApplication, Integer daysToDecision, String rejectionReason) {
      this(factId, applicationYear, decisionYear, outcomeYear, boardYear, municipalityCode, policeRegion, route,
          viaCoordinator, sex, exploitationForms, decisionResult, applicationDecision, declineReason, outcome,
          daysToApplication, daysToDecision, rejectionReason, 1);
    }

    boolean in(Integer key, int year) {
      return key != null && key == year;
    }
  }

  /** A breach count of one kind in one year. */
  record Breaches(String municipalityCode, String policeRegion, int year, String kind, int count) {}

  record Facts(List<Fact> cases, List<ChildFacts> children, List<Breaches> breaches) {}

  private static final String CASE_COLUMNS = "application_year, decision_year, outcome_year,"
      + " application_decision_year, municipality_code, police_region, route, via_coordinator, sex,"
      + " exploitation_forms, decision_result, application_decision, decline_reason, outcome, days_to_application,"
      + " days_to_decision, rejection_reason";
  private static final String CHILD_COLUMNS = "f.municipality_code, f.police_region, c.registered_year, c.running,"
      + " c.covered, c.coverage_basis, c.escalation_open, c.covered_on_arrival";
  private static final String BREACH_COLUMNS = "f.municipality_code, f.police_region, b.breach_year, b.kind";

  private final JdbcTemplate jdbc;

  FactYears(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The facts of the years first..last, alike cases grouped (one query per table). */
  Facts read(int first, int last) {
    List<Fact> cases = jdbc.query("SELECT " + CASE_COLUMNS + ", COUNT(*) FROM case_fact"
        + " WHERE application_year BETWEEN ? AND ? OR decision_year BETWEEN ? AND ?"
        + " OR outcome_year BETWEEN ? AND ? OR application_decision_year BETWEEN ? AND ? GROUP BY " + CASE_COLUMNS,
        (rs, i) -> new Fact(null, integer(rs, 1), integer(rs, 2), integer(rs, 3), integer(rs, 4),
            rs.getString(5), rs.getString(6), rs.getString(7), rs.getBoolean(8), rs.getString(9),
            rs.getString(10) == null ? List.of() : List.of(rs.getString(10).split(",")), rs.getString(11),
            rs.getString(12), rs.getString(13), rs.getString(14), integer(rs, 15), integer(rs, 16), rs.getString(17),
            rs.getInt(18)),
        first, last, first, last, first, last, first, last);
    List<ChildFacts> children = jdbc.query("SELECT " + CHILD_COLUMNS + ", COUNT(*)"
        + " FROM case_fact_child c JOIN case_fact f ON f.fact_id = c.fact_id WHERE c.registered_year BETWEEN ? AND ?"
        + " GROUP BY " + CHILD_COLUMNS,
        (rs, i) -> new ChildFacts(null, rs.getString(1), rs.getString(2), LocalDate.of(rs.getInt(3), 1, 1),
            rs.getBoolean(4), bool(rs, 5), rs.getString(6), bool(rs, 7), bool(rs, 8), null, rs.getInt(9)),
        first, last);
    List<Breaches> breaches = jdbc.query("SELECT " + BREACH_COLUMNS + ", SUM(b.breaches) FROM case_fact_breach b"
        + " JOIN case_fact f ON f.fact_id = b.fact_id WHERE b.breach_year BETWEEN ? AND ? GROUP BY " + BREACH_COLUMNS,
        (rs, i) -> new Breaches(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getInt(5)),
        first, last);
    return new Facts(cases, children, breaches);
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
