package se.betanketid.statistics;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import se.betanketid.calendar.EngineTime;

/**
 * The cases as they stand now, read in a few queries from the engine's runtime tables (and the open
 * activity instances in history): what each open case waits for, overdue tasks, periods ending, children
 * without a residence basis.
 */
@Repository
class LiveCases {

  record OpenCase(String rootId, String caseNumber, String municipalityCode, String policeRegion) {}

  record Waiting(String rootId, String processKey, String activityId, String activityName, String activityType,
      Instant since) {}

  record OverdueTask(String rootId, String taskKey, String taskName, Instant due) {}

  record Period(String rootId, LocalDate validUntil) {}

  record UncoveredChild(String rootId, Instant since) {}

  private static final List<String> WAIT_STATES = List.of("userTask", "receiveTask", "intermediateMessageCatch",
      "intermediateSignalCatch", "intermediateTimer", "intermediateConditional", "eventBasedGateway", "callActivity");

  private final JdbcTemplate jdbc;
  private final String prefix;

  LiveCases(JdbcTemplate jdbc, HistoryTables tables) {
    this.jdbc = jdbc;
    this.prefix = tables.table("");
  }

  /** The open cases: running route instances, with their municipality and region. */
  Map<String, OpenCase> openCases() {
    String sql = "SELECT E.ID_, E.BUSINESS_KEY_, M.TEXT_, R.TEXT_ FROM " + prefix + "ACT_RU_EXECUTION E"
        + " LEFT JOIN " + prefix + "ACT_RU_VARIABLE M ON M.EXECUTION_ID_ = E.ID_ AND M.NAME_ = ?"
        + " LEFT JOIN " + prefix + "ACT_RU_VARIABLE R ON R.EXECUTION_ID_ = E.ID_ AND R.NAME_ = ?"
        + " WHERE E.ID_ = E.PROC_INST_ID_ AND E.SUPER_EXEC_ IS NULL AND E.PROC_DEF_KEY_ IN (?, ?)";
    Map<String, OpenCase> cases = new HashMap<>();
    jdbc.query(sql, rs -> {
      cases.put(rs.getString(1), new OpenCase(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
    }, HistoryNames.MUNICIPALITY_CODE, HistoryNames.POLICE_REGION, HistoryNames.ROUTES.get(0),
        HistoryNames.ROUTES.get(1));
    return cases;
  }

  /** The wait states of the routes and ReflectionPeriodProcess instances (open activity instances). */
  List<Waiting> waiting() {
    String sql = "SELECT A.ROOT_PROC_INST_ID_, A.PROC_DEF_KEY_, A.ACT_ID_, A.ACT_NAME_, A.ACT_TYPE_, A.START_TIME_ FROM "
        + prefix + "ACT_HI_ACTINST A WHERE A.END_TIME_ IS NULL AND A.PROC_DEF_KEY_ IN (?, ?, ?)"
        + " AND A.ACT_TYPE_ IN (?, ?, ?, ?, ?, ?, ?, ?)";
    List<Object> args = new ArrayList<>(HistoryNames.CASE_PROCESSES);
    args.addAll(WAIT_STATES);
    return jdbc.query(sql, (rs, i) -> new Waiting(rs.getString(1), rs.getString(2), rs.getString(3),
        rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant()), args.toArray());
  }

  /** The open tasks of the cases' processes whose due date has passed. */
  List<OverdueTask> overdueTasks(Date now) {
    String sql = "SELECT E.ROOT_PROC_INST_ID_, T.TASK_DEF_KEY_, T.NAME_, T.DUE_DATE_ FROM " + prefix + "ACT_RU_TASK T"
        + " JOIN " + prefix + "ACT_RU_EXECUTION E ON E.ID_ = T.PROC_INST_ID_"
        + " WHERE T.DUE_DATE_ < ? AND E.PROC_DEF_KEY_ IN (?, ?, ?, ?)";
    return jdbc.query(sql, (rs, i) -> new OverdueTask(rs.getString(1), rs.getString(2), rs.getString(3),
        rs.getTimestamp(4).toInstant()), new Timestamp(now.getTime()), HistoryNames.ROUTES.get(0),
        HistoryNames.ROUTES.get(1), HistoryNames.REFLECTION_PERIOD_PROCESS, HistoryNames.CHILD_PROCESS);
  }

  /** The running reflection periods (ReflectionPeriodProcess instances with a granted decision). */
  List<Period> runningPeriods() {
    String sql = "SELECT E.ROOT_PROC_INST_ID_, V.TYPE_, V.TEXT_, V.LONG_ FROM " + prefix + "ACT_RU_EXECUTION E"
        + " JOIN " + prefix + "ACT_RU_VARIABLE V ON V.EXECUTION_ID_ = E.ID_ AND V.NAME_ = ?"
        + " JOIN " + prefix + "ACT_RU_VARIABLE D ON D.EXECUTION_ID_ = E.ID_ AND D.NAME_ = ? AND D.TEXT_ = ?"
        + " WHERE E.ID_ = E.PROC_INST_ID_ AND E.PROC_DEF_KEY_ = ?";
    List<Period> periods = new ArrayList<>();
    jdbc.query(sql, rs -> {
      Object value = "date".equals(rs.getString(2)) ? (Object) new Date(rs.getLong(4)) : rs.getString(3);
      try {
        periods.add(new Period(rs.getString(1), EngineTime.toLocalDate(value)));
      } catch (RuntimeException malformed) {
        // a period without a readable end date is not "ending soon"
      }
    }, HistoryNames.VALID_UNTIL, HistoryNames.DECISION_RESULT, HistoryNames.GRANTED,
        HistoryNames.REFLECTION_PERIOD_PROCESS);
    return periods;
  }

  /** Children whose AccompanyingChildProcess runs with an open escalation (no residence basis yet). */
  List<UncoveredChild> uncoveredChildren() {
    String sql = "SELECT E.ROOT_PROC_INST_ID_, H.START_TIME_ FROM " + prefix + "ACT_RU_EXECUTION E"
        + " JOIN " + prefix + "ACT_HI_PROCINST H ON H.ID_ = E.ID_"
        + " LEFT JOIN " + prefix + "ACT_RU_VARIABLE O ON O.EXECUTION_ID_ = E.ID_ AND O.NAME_ = ?"
        + " LEFT JOIN " + prefix + "ACT_RU_VARIABLE C ON C.EXECUTION_ID_ = E.ID_ AND C.NAME_ = ?"
        + " WHERE E.ID_ = E.PROC_INST_ID_ AND E.PROC_DEF_KEY_ = ?"
        + " AND (O.LONG_ = 1 OR (O.ID_ IS NULL AND C.LONG_ = 0))";
    return jdbc.query(sql, (rs, i) -> new UncoveredChild(rs.getString(1), rs.getTimestamp(2).toInstant()),
        HistoryNames.CHILD_ESCALATION_OPEN, HistoryNames.CHILD_COVERED, HistoryNames.CHILD_PROCESS);
  }
}
