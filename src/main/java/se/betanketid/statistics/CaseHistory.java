package se.betanketid.statistics;

import static se.betanketid.statistics.HistoryTables.placeholders;
import static se.betanketid.statistics.HistoryTables.timestamp;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Reads the cases of a period from the engine's history tables in bulk (docs/statistics.md, "How it is
 * computed"): one query finds the cases, then their case variables are read by process instance ids in chunks.
 * A closed case's history no longer changes, so its facts are kept in memory once read (never a running case);
 * {@link #cases(LocalDate, LocalDate)} still asks the history which cases there are, so a case removed by history
 * cleanup is gone. {@link ClosedYears} calls it once per year and then asks only for the cases that may have
 * changed ({@link #unsettled}).
 */
@Repository
class CaseHistory {

  static final int CHUNK = 500;

  private final JdbcTemplate jdbc;
  private final HistoryTables tables;
  private final int cacheLimit;
  private final Map<String, CaseFacts> closed = new ConcurrentHashMap<>();

  CaseHistory(JdbcTemplate jdbc, HistoryTables tables,
      @Value("${betanketid.statistics.closed-case-cache:200000}") int cacheLimit) {
    this.jdbc = jdbc;
    this.tables = tables;
    this.cacheLimit = cacheLimit;
  }

  /**
   * The cases with an application or decision date (or a board's decision not to apply) in [from, to) or whose
   * outcome was recorded then.
   */
  List<CaseFacts> cases(LocalDate from, LocalDate to) {
    return cases(roots(from, to));
  }

  /** The facts of these cases: route instance id, and true when the case has ended. */
  List<CaseFacts> cases(Map<String, Boolean> roots) {
    List<CaseFacts> cases = new ArrayList<>(roots.size());
    List<String> unread = new ArrayList<>();
    roots.forEach((root, ended) -> {
      CaseFacts known = ended ? closed.get(root) : null;
      if (known != null) {
        cases.add(known);
      } else {
        unread.add(root);
      }
    });
    List<String> ended = unread.stream().filter(roots::get).toList();
    List<String> running = unread.stream().filter(root -> !roots.get(root)).toList();
    for (int i = 0; i < ended.size(); i += CHUNK) {
      read(ended.subList(i, Math.min(i + CHUNK, ended.size())), true).forEach((root, rows) -> {
        CaseFacts facts = CaseFacts.of(root, rows);
        cases.add(facts);
        remember(root, facts);
      });
    }
    for (int i = 0; i < running.size(); i += CHUNK) {
      read(running.subList(i, Math.min(i + CHUNK, running.size())), false)
          .forEach((root, rows) -> cases.add(CaseFacts.of(root, rows)));
    }
    return cases;
  }

  /**
   * The root process instances (of a case: its route instance) that are running or have ended at or after
   * {@code since}, with their end (null while running). Two range scans on the end time's index.
   */
  Map<String, RootInstance> unsettled(Instant since) {
    String instances = tables.table("ACT_HI_PROCINST");
    String select = "SELECT ID_, PROC_DEF_KEY_, END_TIME_ FROM " + instances + " WHERE ID_ = ROOT_PROC_INST_ID_ AND ";
    Map<String, RootInstance> roots = new HashMap<>();
    jdbc.query(select + "END_TIME_ IS NULL UNION ALL " + select + "END_TIME_ >= ?", rs -> {
      Timestamp end = rs.getTimestamp(3);
      roots.put(rs.getString(1), new RootInstance(HistoryNames.ROUTES.contains(rs.getString(2)),
          end == null ? null : end.toInstant()));
    }, Timestamp.from(since));
    return roots;
  }

  /** A root process instance: whether it is a case's route, and its end (null while running). */
  record RootInstance(boolean route, Instant ended) {}

  /**
   * The route instances (root of each case) with an application, decision or board's decision date (ISO strings)
   * in the period, or an outcome created in it; true when the case has ended. A derived table, joined: H2 would run an
   * "IN (subquery)" again for every row.
   */
  private Map<String, Boolean> roots(LocalDate from, LocalDate to) {
    String variables = tables.table("ACT_HI_VARINST");
    String sql = "SELECT R.RID, P.END_TIME_ FROM ("
        + "SELECT A.ROOT_PROC_INST_ID_ AS RID FROM " + variables + " A WHERE A.NAME_ = ? AND A.TEXT_ >= ? AND A.TEXT_ < ?"
        + " UNION SELECT D.ROOT_PROC_INST_ID_ FROM " + variables + " D WHERE D.NAME_ = ? AND D.TEXT_ >= ? AND D.TEXT_ < ?"
        + " UNION SELECT B.ROOT_PROC_INST_ID_ FROM " + variables + " B WHERE B.NAME_ = ? AND B.TEXT_ >= ? AND B.TEXT_ < ?"
        + " UNION SELECT O.ROOT_PROC_INST_ID_ FROM " + variables + " O"
        + " WHERE O.NAME_ = ? AND O.CREATE_TIME_ >= ? AND O.CREATE_TIME_ < ?"
        + ") R JOIN " + tables.table("ACT_HI_PROCINST") + " P ON P.ID_ = R.RID AND P.PROC_DEF_KEY_ IN (?, ?)";
    Map<String, Boolean> roots = new LinkedHashMap<>();
    jdbc.query(sql, rs -> {
      roots.put(rs.getString(1), rs.getTimestamp(2) != null);
    }, HistoryNames.APPLICATION_DATE, from.toString(), to.toString(), HistoryNames.DECISION_DATE, from.toString(),
        to.toString(), HistoryNames.APPLICATION_DECISION_DATE, from.toString(), to.toString(), HistoryNames.OUTCOME, timestamp(from), timestamp(to), HistoryNames.ROUTES.get(0),
        HistoryNames.ROUTES.get(1));
    return roots;
  }

  /**
   * The case variables of these cases, by case: of an ended case its route's (at its end ReflectionPeriodProcess
   * copies every variable back to the route); of a running case also its ReflectionPeriodProcess's.
   */
  private Map<String, List<VariableRow>> read(List<String> roots, boolean ended) {
    String names = placeholders(HistoryNames.CASE_VARIABLES.size());
    String bytes = " LEFT JOIN " + tables.table("ACT_GE_BYTEARRAY") + " B ON B.ID_ = V.BYTEARRAY_ID_";
    String sql = ended
        ? "SELECT " + VariableRow.COLUMNS + " FROM " + tables.table("ACT_HI_VARINST") + " V" + bytes
            + " WHERE V.PROC_INST_ID_ IN (" + placeholders(roots.size()) + ") AND V.NAME_ IN (" + names + ")"
            + " AND (V.STATE_ IS NULL OR V.STATE_ = 'CREATED')"
        : "SELECT " + VariableRow.COLUMNS + " FROM " + tables.table("ACT_HI_PROCINST") + " P"
            + " JOIN " + tables.table("ACT_HI_VARINST") + " V ON V.PROC_INST_ID_ = P.ID_ AND V.NAME_ IN (" + names
            + ")" + bytes + " WHERE P.ROOT_PROC_INST_ID_ IN (" + placeholders(roots.size()) + ")"
            + " AND P.PROC_DEF_KEY_ IN (" + placeholders(HistoryNames.CASE_PROCESSES.size()) + ")"
            + " AND (V.STATE_ IS NULL OR V.STATE_ = 'CREATED')";
    List<Object> args = new ArrayList<>();
    if (ended) {
      args.addAll(roots);
      args.addAll(HistoryNames.CASE_VARIABLES);
    } else {
      args.addAll(HistoryNames.CASE_VARIABLES);
      args.addAll(roots);
      args.addAll(HistoryNames.CASE_PROCESSES);
    }
    Map<String, List<VariableRow>> byCase = new LinkedHashMap<>();
    jdbc.query(sql, rs -> {
      VariableRow row = VariableRow.read(rs);
      byCase.computeIfAbsent(row.rootId(), id -> new ArrayList<>()).add(row);
    }, args.toArray());
    return byCase;
  }

  private void remember(String root, CaseFacts facts) {
    if (closed.size() >= cacheLimit) {
      closed.clear();
    }
    closed.put(root, facts);
  }
}
