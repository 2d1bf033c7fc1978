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

  /** One case's facts: the year keys and what the yearly table counts. */
  record Fact(String factId, Integer applicationYear, Integer decisionYear, Integer outcomeYear, Integer boardYear,
      String municipalityCode, String policeRegion, String route, boolean viaCoordinator, String sex,
      List<String> exploitationForms, String decisionResult, String applicationDecision, String declineReason,
      String outcome, Integer daysToApplication, Integer daysToDecision) {

    boolean in(Integer key, int year) {
      return key != null && key == year;
    }
  }

  /** A breach count of one kind in one year. */
  record Breaches(String municipalityCode, String policeRegion, int year, String kind, int count) {}

  record Facts(List<Fact> cases, List<ChildFacts> children, List<Breaches> breaches) {}

  private final JdbcTemplate jdbc;

  FactYears(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  Facts read(int first, int last) {
    List<Fact> cases = jdbc.query("SELECT fact_id, application_year, decision_year, outcome_year,"
        + " application_decision_year, municipality_code, police_region, route, via_coordinator, sex,"
        + " exploitation_forms, decision_result, application_decision, decline_reason, outcome, days_to_application,"
        + " days_to_decision FROM case_fact WHERE application_year BETWEEN ? AND ? OR decision_year BETWEEN ? AND ?"
        + " OR outcome_year BETWEEN ? AND ? OR application_decision_year BETWEEN ? AND ?",
        (rs, i) -> new Fact(rs.getString(1), integer(rs, 2), integer(rs, 3), integer(rs, 4), integer(rs, 5),
            rs.getString(6), rs.getString(7), rs.getString(8), rs.getBoolean(9), rs.getString(10),
            rs.getString(11) == null ? List.of() : List.of(rs.getString(11).split(",")), rs.getString(12),
            rs.getString(13), rs.getString(14), rs.getString(15), integer(rs, 16), integer(rs, 17)),
        first, last, first, last, first, last, first, last);
    List<ChildFacts> children = jdbc.query("SELECT c.fact_id, f.municipality_code, f.police_region,"
        + " c.registered_year, c.running, c.covered, c.coverage_basis, c.escalation_open, c.covered_on_arrival"
        + " FROM case_fact_child c JOIN case_fact f ON f.fact_id = c.fact_id WHERE c.registered_year BETWEEN ? AND ?",
        (rs, i) -> new ChildFacts(rs.getString(1), rs.getString(2), rs.getString(3),
            LocalDate.of(rs.getInt(4), 1, 1), rs.getBoolean(5), bool(rs, 6), rs.getString(7), bool(rs, 8),
            bool(rs, 9), null), first, last);
    List<Breaches> breaches = jdbc.query("SELECT f.municipality_code, f.police_region, b.breach_year, b.kind,"
        + " b.breaches FROM case_fact_breach b JOIN case_fact f ON f.fact_id = b.fact_id"
        + " WHERE b.breach_year BETWEEN ? AND ?", (rs, i) -> new Breaches(rs.getString(1), rs.getString(2),
            rs.getInt(3), rs.getString(4), rs.getInt(5)), first, last);
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
