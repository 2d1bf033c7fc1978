package se.betanketid.statistics;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import se.betanketid.calendar.EngineTime;

/**
 * Reads the cases' history in bulk, straight from the engine's history tables (ACT_HI_*): a few set-based
 * queries per request instead of one HistoryService query per case (see docs/statistics.md, "Performance").
 */
@Repository
class CaseHistory {

  private final JdbcTemplate jdbc;
  private final String prefix;

  CaseHistory(JdbcTemplate jdbc, ProcessEngine engine) {
    this.jdbc = jdbc;
    String configured = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getDatabaseTablePrefix();
    this.prefix = configured == null ? "" : configured;
  }

  /**
   * The cases with an application or decision date in [from, to) or whose outcome was recorded then: every
   * case variable of their routes and ReflectionPeriodProcess instances.
   */
  List<CaseFacts> cases(LocalDate from, LocalDate to) {
    String caseKeys = placeholders(HistoryNames.CASE_PROCESSES.size());
    String roots = "SELECT D.ROOT_PROC_INST_ID_ FROM " + prefix + "ACT_HI_VARINST D"
        + " WHERE D.NAME_ IN (?, ?) AND D.PROC_DEF_KEY_ IN (" + caseKeys + ")"
        + " AND ((D.TEXT_ >= ? AND D.TEXT_ < ?) OR (D.VAR_TYPE_ = 'date' AND D.LONG_ >= ? AND D.LONG_ < ?))"
        + " UNION SELECT O.ROOT_PROC_INST_ID_ FROM " + prefix + "ACT_HI_VARINST O"
        + " WHERE O.NAME_ = ? AND O.PROC_DEF_KEY_ IN (" + caseKeys + ") AND O.CREATE_TIME_ >= ? AND O.CREATE_TIME_ < ?";
    String sql = "SELECT " + VariableRow.COLUMNS + " FROM " + prefix + "ACT_HI_VARINST V"
        + " LEFT JOIN " + prefix + "ACT_GE_BYTEARRAY B ON B.ID_ = V.BYTEARRAY_ID_"
        + " WHERE V.NAME_ IN (" + placeholders(HistoryNames.CASE_VARIABLES.size()) + ")"
        + " AND V.PROC_DEF_KEY_ IN (" + caseKeys + ") AND (V.STATE_ IS NULL OR V.STATE_ = 'CREATED')"
        + " AND V.ROOT_PROC_INST_ID_ IN (" + roots + ")";
    List<Object> args = new ArrayList<>(HistoryNames.CASE_VARIABLES);
    args.addAll(HistoryNames.CASE_PROCESSES);
    args.add(HistoryNames.APPLICATION_DATE);
    args.add(HistoryNames.DECISION_DATE);
    args.addAll(HistoryNames.CASE_PROCESSES);
    args.add(from.toString());
    args.add(to.toString());
    args.add(millis(from));
    args.add(millis(to));
    args.add(HistoryNames.OUTCOME);
    args.addAll(HistoryNames.CASE_PROCESSES);
    args.add(timestamp(from));
    args.add(timestamp(to));
    Map<String, List<VariableRow>> byCase = new LinkedHashMap<>();
    jdbc.query(sql, rs -> {
      VariableRow row = VariableRow.read(rs);
      byCase.computeIfAbsent(row.rootId(), id -> new ArrayList<>()).add(row);
    }, args.toArray());
    List<CaseFacts> cases = new ArrayList<>(byCase.size());
    byCase.forEach((rootId, rows) -> cases.add(CaseFacts.of(rootId, rows)));
    return cases;
  }

  /** The accompanying children whose AccompanyingChildProcess started in [from, to). */
  List<ChildFacts> children(LocalDate from, LocalDate to) {
    String sql = "SELECT P.ID_, P.ROOT_PROC_INST_ID_, P.START_TIME_, P.END_TIME_, V.NAME_, V.VAR_TYPE_, V.TEXT_,"
        + " V.LONG_ FROM " + prefix + "ACT_HI_PROCINST P LEFT JOIN " + prefix + "ACT_HI_VARINST V"
        + " ON V.PROC_INST_ID_ = P.ID_ AND V.EXECUTION_ID_ = P.ID_ AND V.NAME_ IN (?, ?, ?, ?, ?)"
        + " WHERE P.PROC_DEF_KEY_ = ? AND P.START_TIME_ >= ? AND P.START_TIME_ < ?";
    Map<String, ChildRows> children = new LinkedHashMap<>();
    jdbc.query(sql, rs -> {
      ChildRows child = children.computeIfAbsent(rs.getString(1), id -> new ChildRows());
      child.rootId = rs.getString(2);
      child.started = EngineTime.toLocalDate(rs.getTimestamp(3));
      child.running = rs.getTimestamp(4) == null;
      String name = rs.getString(5);
      if (name != null) {
        long number = rs.getLong(8);
        boolean absent = rs.wasNull();
        child.values.put(name, "boolean".equals(rs.getString(6)) ? (Object) (absent ? null : number == 1)
            : rs.getString(7));
      }
    }, HistoryNames.CHILD_COVERED, HistoryNames.COVERAGE_BASIS, HistoryNames.CHILD_ESCALATION_OPEN,
        HistoryNames.MUNICIPALITY_CODE, HistoryNames.POLICE_REGION, HistoryNames.CHILD_PROCESS, timestamp(from),
        timestamp(to));
    return children.values().stream().map(ChildRows::facts).toList();
  }

  /** The escalation service tasks that ran in [from, to), with their kind and their case's municipality. */
  List<Breach> breaches(LocalDate from, LocalDate to) {
    String sql = "SELECT V.TEXT_, A.START_TIME_, M.TEXT_, R.TEXT_ FROM " + prefix + "ACT_HI_VARINST V"
        + " JOIN " + prefix + "ACT_HI_ACTINST A ON A.ID_ = V.ACT_INST_ID_"
        + " LEFT JOIN " + prefix + "ACT_HI_VARINST M ON M.PROC_INST_ID_ = V.ROOT_PROC_INST_ID_"
        + " AND M.EXECUTION_ID_ = M.PROC_INST_ID_ AND M.NAME_ = ?"
        + " LEFT JOIN " + prefix + "ACT_HI_VARINST R ON R.PROC_INST_ID_ = V.ROOT_PROC_INST_ID_"
        + " AND R.EXECUTION_ID_ = R.PROC_INST_ID_ AND R.NAME_ = ?"
        + " WHERE V.NAME_ = ? AND A.START_TIME_ >= ? AND A.START_TIME_ < ?";
    return jdbc.query(sql, (rs, i) -> new Breach(rs.getString(1), EngineTime.toLocalDate(rs.getTimestamp(2)),
        rs.getString(3), rs.getString(4)), HistoryNames.MUNICIPALITY_CODE, HistoryNames.POLICE_REGION,
        HistoryNames.ESCALATION_KIND, timestamp(from), timestamp(to));
  }

  private static final class ChildRows {
    String rootId;
    LocalDate started;
    boolean running;
    final Map<String, Object> values = new LinkedHashMap<>();

    ChildFacts facts() {
      return new ChildFacts(rootId, (String) values.get(HistoryNames.MUNICIPALITY_CODE),
          (String) values.get(HistoryNames.POLICE_REGION), started, running,
          bool(HistoryNames.CHILD_COVERED), (String) values.get(HistoryNames.COVERAGE_BASIS),
          bool(HistoryNames.CHILD_ESCALATION_OPEN));
    }

    private Boolean bool(String name) {
      Object value = values.get(name);
      return value == null ? null : value instanceof Boolean b ? b : Boolean.valueOf(value.toString());
    }
  }

  static Timestamp timestamp(LocalDate day) {
    return Timestamp.from(day.atStartOfDay(EngineTime.SWEDEN).toInstant());
  }

  private static long millis(LocalDate day) {
    return day.atStartOfDay(EngineTime.SWEDEN).toInstant().toEpochMilli();
  }

  private static String placeholders(int count) {
    return String.join(", ", Collections.nCopies(count, "?"));
  }
}
