package se.betanketid.dashboard;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The cases as they stand now, read from the case register ({@code case_file}, {@code case_task}; never the
 * engine's tables): each open case with its stage, overdue tasks, periods ending, children without a residence
 * basis.
 */
@Repository
class LiveCases {

  /** An open case: its stage (in Swedish, as the register derives it) and the key of its next task, if any. */
  record OpenCase(String rootId, String caseNumber, String municipalityCode, String policeRegion, String stage,
      String nextTaskKey) {}

  record OverdueTask(String rootId, String taskKey, String taskName, Instant due) {}

  record Period(String rootId, LocalDate validUntil) {}

  record UncoveredChild(String rootId, Instant since) {}

  private final JdbcTemplate jdbc;

  LiveCases(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * The open cases, with their municipality, region and stage, and the BPMN id the metrics label their stage with:
   * the key of the case's own open task due first; when only its children have open tasks, the call activity the
   * route waits in for them ({@link #CHILDREN}); else none.
   */
  Map<String, OpenCase> openCases() {
    Map<String, String[]> next = new HashMap<>(); // case id -> {task key, due, created}, own tasks first
    jdbc.query("SELECT t.case_id, t.task_key, t.due, t.created_at, c.kind FROM case_task t"
        + " LEFT JOIN case_file c ON c.process_instance_id = t.process_instance_id", rs -> {
          boolean child = "child".equals(rs.getString(5));
          String[] task = {child ? CHILDREN : rs.getString(2), sortable(rs.getTimestamp(3)),
              sortable(rs.getTimestamp(4)), child ? "1" : "0"};
          next.merge(rs.getString(1), task, (a, b) -> ORDER.compare(a, b) <= 0 ? a : b);
        });
    Map<String, OpenCase> cases = new HashMap<>();
    jdbc.query("SELECT process_instance_id, case_number, municipality_code, police_region, stage FROM case_file"
        + " WHERE kind = 'case' AND closed_at IS NULL", rs -> {
          String[] task = next.get(rs.getString(1));
          cases.put(rs.getString(1), new OpenCase(rs.getString(1), rs.getString(2), rs.getString(3),
              rs.getString(4), rs.getString(5), task == null ? null : task[0]));
        });
    return cases;
  }

  /** The route's call activity for its children (the same id in both routes). */
  static final String CHILDREN = se.betanketid.application.SocialServicesApplication.CHILDREN;

  /** Own tasks before the children's, then by due date (none last), then by creation. */
  private static final java.util.Comparator<String[]> ORDER = java.util.Comparator.<String[], String>comparing(
      t -> t[3]).thenComparing(t -> t[1]).thenComparing(t -> t[2]);

  private static String sortable(Timestamp time) {
    return time == null ? "~" : String.format("%020d", time.getTime());
  }

  /** The open tasks of the cases whose due date has passed. */
  List<OverdueTask> overdueTasks(Date now) {
    return jdbc.query("SELECT case_id, task_key, name, due FROM case_task WHERE due < ?",
        (rs, i) -> new OverdueTask(rs.getString(1), rs.getString(2), rs.getString(3),
            rs.getTimestamp(4).toInstant()), new Timestamp(now.getTime()));
  }

  /** The granted reflection periods of open cases. */
  List<Period> runningPeriods() {
    return jdbc.query("SELECT case_id, period_end FROM case_file WHERE kind = 'case' AND closed_at IS NULL"
        + " AND decision_result = 'granted' AND period_end IS NOT NULL",
        (rs, i) -> new Period(rs.getString(1), rs.getObject(2, LocalDate.class)));
  }

  /**
   * Children still without a residence basis, by the register's one rule
   * ({@link se.betanketid.register.UncoveredChild}).
   */
  List<UncoveredChild> uncoveredChildren() {
    List<UncoveredChild> uncovered = new java.util.ArrayList<>();
    jdbc.query("SELECT case_id, opened_at, covered, escalation_open FROM case_file WHERE kind = 'child'"
        + " AND closed_at IS NULL", rs -> {
          if (se.betanketid.register.UncoveredChild.is(null, rs.getObject(3, Boolean.class),
              rs.getObject(4, Boolean.class))) {
            uncovered.add(new UncoveredChild(rs.getString(1), rs.getTimestamp(2).toInstant()));
          }
        });
    return uncovered;
  }
}
