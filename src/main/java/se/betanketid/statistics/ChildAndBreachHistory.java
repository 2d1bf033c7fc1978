package se.betanketid.statistics;

import static se.betanketid.statistics.HistoryTables.placeholders;
import static se.betanketid.statistics.HistoryTables.timestamp;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import se.betanketid.calendar.EngineTime;

/**
 * The accompanying children and the deadline breaches of a period, each in one query on the history tables; or
 * only those of some cases (their route instances, in chunks of {@link CaseHistory#CHUNK}).
 */
@Repository
class ChildAndBreachHistory {

  private final JdbcTemplate jdbc;
  private final HistoryTables tables;

  ChildAndBreachHistory(JdbcTemplate jdbc, HistoryTables tables) {
    this.jdbc = jdbc;
    this.tables = tables;
  }

  /** The accompanying children whose AccompanyingChildProcess started in [from, to). */
  List<ChildFacts> children(LocalDate from, LocalDate to) {
    return children(from, to, "", List.of());
  }

  /** As {@link #children(LocalDate, LocalDate)}, of these cases (route instances) only. */
  List<ChildFacts> children(LocalDate from, LocalDate to, Collection<String> roots) {
    return inChunks(roots, chunk -> children(from, to, " AND P.ROOT_PROC_INST_ID_ IN (" + placeholders(chunk.size())
        + ")", chunk));
  }

  private List<ChildFacts> children(LocalDate from, LocalDate to, String onlyRoots, List<String> roots) {
    String sql = "SELECT P.ID_, P.ROOT_PROC_INST_ID_, P.START_TIME_, P.END_TIME_, V.NAME_, V.VAR_TYPE_, V.TEXT_,"
        + " V.LONG_ FROM " + tables.table("ACT_HI_PROCINST") + " P LEFT JOIN " + tables.table("ACT_HI_VARINST") + " V"
        + " ON V.PROC_INST_ID_ = P.ID_ AND V.EXECUTION_ID_ = P.ID_ AND V.NAME_ IN (?, ?, ?, ?, ?, ?, ?)"
        + " WHERE P.PROC_DEF_KEY_ = ? AND P.START_TIME_ >= ? AND P.START_TIME_ < ?" + onlyRoots;
    List<Object> args = new ArrayList<>(Arrays.asList(HistoryNames.CHILD_COVERED, HistoryNames.COVERAGE_BASIS,
        HistoryNames.CHILD_ESCALATION_OPEN, HistoryNames.MUNICIPALITY_CODE, HistoryNames.POLICE_REGION,
        HistoryNames.COVERED_ON_ARRIVAL, HistoryNames.SECURED_COVERAGE, HistoryNames.CHILD_PROCESS, timestamp(from), timestamp(to)));
    args.addAll(roots);
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
    }, args.toArray());
    return children.values().stream().map(ChildRows::facts).toList();
  }

  /**
   * The escalation service tasks that ran in [from, to): their escalationKind variables (created as the task
   * starts), their activity instances, their case's municipality and region.
   */
  List<Breach> breaches(LocalDate from, LocalDate to) {
    return breaches(from, to, "", List.of());
  }

  /** As {@link #breaches(LocalDate, LocalDate)}, of these cases (route instances) only. */
  List<Breach> breaches(LocalDate from, LocalDate to, Collection<String> roots) {
    return inChunks(roots, chunk -> breaches(from, to, " AND V.ROOT_PROC_INST_ID_ IN (" + placeholders(chunk.size())
        + ")", chunk));
  }

  private List<Breach> breaches(LocalDate from, LocalDate to, String onlyRoots, List<String> roots) {
    String variables = tables.table("ACT_HI_VARINST");
    String sql = "SELECT V.ROOT_PROC_INST_ID_, V.TEXT_, A.START_TIME_, M.TEXT_, R.TEXT_ FROM " + variables + " V"
        + " JOIN " + tables.table("ACT_HI_ACTINST") + " A ON A.ID_ = V.ACT_INST_ID_"
        + " LEFT JOIN " + variables + " M ON M.PROC_INST_ID_ = V.ROOT_PROC_INST_ID_"
        + " AND M.EXECUTION_ID_ = M.PROC_INST_ID_ AND M.NAME_ = ?"
        + " LEFT JOIN " + variables + " R ON R.PROC_INST_ID_ = V.ROOT_PROC_INST_ID_"
        + " AND R.EXECUTION_ID_ = R.PROC_INST_ID_ AND R.NAME_ = ?"
        + " WHERE V.NAME_ = ? AND V.CREATE_TIME_ >= ? AND V.CREATE_TIME_ < ?"
        + " AND A.START_TIME_ >= ? AND A.START_TIME_ < ?" + onlyRoots;
    List<Object> args = new ArrayList<>(Arrays.asList(HistoryNames.MUNICIPALITY_CODE, HistoryNames.POLICE_REGION,
        HistoryNames.ESCALATION_KIND, timestamp(from), timestamp(to), timestamp(from), timestamp(to)));
    args.addAll(roots);
    return jdbc.query(sql, (rs, i) -> new Breach(rs.getString(1), rs.getString(2),
        EngineTime.toLocalDate(rs.getTimestamp(3)), rs.getString(4), rs.getString(5)), args.toArray());
  }

  private static <T> List<T> inChunks(Collection<String> roots, Function<List<String>, List<T>> query) {
    List<String> all = List.copyOf(roots);
    List<T> found = new ArrayList<>();
    for (int i = 0; i < all.size(); i += CaseHistory.CHUNK) {
      found.addAll(query.apply(all.subList(i, Math.min(i + CaseHistory.CHUNK, all.size()))));
    }
    return found;
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
          bool(HistoryNames.CHILD_ESCALATION_OPEN), bool(HistoryNames.COVERED_ON_ARRIVAL),
          (String) values.get(HistoryNames.SECURED_COVERAGE));
    }

    private Boolean bool(String name) {
      Object value = values.get(name);
      return value == null ? null : value instanceof Boolean b ? b : Boolean.valueOf(value.toString());
    }
  }
}
