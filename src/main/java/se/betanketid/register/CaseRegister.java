package se.betanketid.register;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Reads the register for the views ({@code caseview}). Never decides who may see what: the callers ask the
 * engine first which cases a person may read, and pass only those ids.
 */
@Repository
public class CaseRegister {

  private static final int CHUNK = 500;
  private static final String COLUMNS = "process_instance_id, case_id, kind, case_number, child_number, route,"
      + " municipality_code, police_region, stage, next_holder, next_deadline, next_deadline_what,"
      + " identification_date, application_date, decision_date, period_end, decision_result, children_count,"
      + " children_uncovered, covered, coverage_basis, escalation_open, outcome, opened_at, closed_at";

  private final JdbcTemplate jdbc;

  CaseRegister(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** One row of case_file (a case or a child), without the figures only the statistics need. */
  public record CaseRow(String id, String caseId, boolean child, String caseNumber, Integer childNumber, String route,
      String municipalityCode, String policeRegion, String stage, String nextHolder, Instant nextDeadline,
      String nextDeadlineWhat, LocalDate identificationDate, LocalDate applicationDate, LocalDate decisionDate,
      LocalDate periodEnd, String decisionResult, int childrenCount, int childrenUncovered, Boolean covered,
      String coverageBasis, Boolean escalationOpen, String outcome, Instant opened, Instant closed) {

    /** Without a residence basis of its own now (a child). */
    public boolean uncovered() {
      return UncoveredChild.is(closed, covered, escalationOpen);
    }
  }

  /** An open user task of a case. */
  public record TaskRow(String taskId, String processInstanceId, String taskKey, String name, String holder,
      Instant due) {}

  /** The cases (kind case) among these root process instance ids. */
  public List<CaseRow> cases(Collection<String> ids) {
    List<String> all = List.copyOf(ids);
    List<CaseRow> rows = new ArrayList<>();
    for (int i = 0; i < all.size(); i += CHUNK) {
      List<String> chunk = all.subList(i, Math.min(i + CHUNK, all.size()));
      List<Object> args = new ArrayList<>(chunk);
      args.add(RegisterNames.CASE);
      rows.addAll(jdbc.query("SELECT " + COLUMNS + " FROM case_file WHERE process_instance_id IN ("
          + String.join(", ", java.util.Collections.nCopies(chunk.size(), "?")) + ") AND kind = ?", CaseRegister::row,
          args.toArray()));
    }
    return rows;
  }

  /** The root process instance id of the case with this number, if the register has it. */
  public Optional<String> caseIdOf(String caseNumber) {
    return jdbc.queryForList("SELECT process_instance_id FROM case_file WHERE case_number = ? AND kind = ?",
        String.class, caseNumber, RegisterNames.CASE).stream().findFirst();
  }

  /** The case's rows: the case first, then its children by number. */
  public List<CaseRow> caseAndChildren(String caseId) {
    return jdbc.query("SELECT " + COLUMNS + " FROM case_file WHERE case_id = ? ORDER BY kind, child_number",
        CaseRegister::row, caseId);
  }

  /** The case's open user tasks (its children's too), the next due first. */
  public List<TaskRow> openTasks(String caseId) {
    return jdbc.query("SELECT task_id, process_instance_id, task_key, name, holder, due FROM case_task"
        + " WHERE case_id = ? ORDER BY CASE WHEN due IS NULL THEN 1 ELSE 0 END, due, created_at", (rs, i) ->
        new TaskRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
            instant(rs, 6)), caseId);
  }

  /** Root process instance ids of the cases in which this user holds an open task. */
  public List<String> casesWithTaskOf(String userId) {
    return jdbc.queryForList("SELECT DISTINCT case_id FROM case_task WHERE holder = ?", String.class, userId);
  }

  /** A task's name without its " – BT-2026-00042" tail. */
  public static String withoutCaseNumber(String name) {
    return Stages.withoutCaseNumber(name);
  }

  /** Every stage name, for the case list's filter. */
  public static List<String> stages() {
    return Stages.all();
  }

  private static CaseRow row(ResultSet rs, int i) throws SQLException {
    return new CaseRow(rs.getString("process_instance_id"), rs.getString("case_id"),
        RegisterNames.CHILD.equals(rs.getString("kind")), rs.getString("case_number"),
        (Integer) rs.getObject("child_number", Integer.class), rs.getString("route"),
        rs.getString("municipality_code"), rs.getString("police_region"), rs.getString("stage"),
        rs.getString("next_holder"), instant(rs, "next_deadline"), rs.getString("next_deadline_what"),
        day(rs, "identification_date"), day(rs, "application_date"), day(rs, "decision_date"),
        day(rs, "period_end"), rs.getString("decision_result"), rs.getInt("children_count"),
        rs.getInt("children_uncovered"), (Boolean) rs.getObject("covered", Boolean.class),
        rs.getString("coverage_basis"), (Boolean) rs.getObject("escalation_open", Boolean.class),
        rs.getString("outcome"), instant(rs, "opened_at"), instant(rs, "closed_at"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    java.sql.Timestamp value = rs.getTimestamp(column);
    return value == null ? null : value.toInstant();
  }

  private static Instant instant(ResultSet rs, int column) throws SQLException {
    java.sql.Timestamp value = rs.getTimestamp(column);
    return value == null ? null : value.toInstant();
  }

  private static LocalDate day(ResultSet rs, String column) throws SQLException {
    java.sql.Date value = rs.getDate(column);
    return value == null ? null : value.toLocalDate();
  }
}
