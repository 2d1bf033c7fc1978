package se.betanketid.benchmark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Makes a larger history out of the real cases' history: copy k of every history row (every ACT_HI_* table and
 * the history byte arrays, the e-mail instances' history too) gets new ids, the old id with its last three
 * characters replaced by "z" and k in two digits (same length, never a hex digit, so never an original id), in
 * every column that refers to an instance (process, activity, task, variable, job, decision, byte array). Process
 * definitions, deployments, users and groups stay: the copies are cases of the same processes, of the same year,
 * with the same variables and dates, so the statistics read exactly the data of k times as many real cases.
 * The originals are first kept in BENCH_BASE_* tables, so copies are never copied.
 */
final class HistoryCopies {

  /** Columns that refer to an instance row: they get the copy's suffix. All other columns are copied as they are. */
  static final Set<String> INSTANCE_COLUMNS = Set.of("ID_", "PROC_INST_ID_", "SUPER_PROCESS_INSTANCE_ID_",
      "ROOT_PROC_INST_ID_", "RESTARTED_PROC_INST_ID_", "PARENT_ACT_INST_ID_", "EXECUTION_ID_", "TASK_ID_",
      "CALL_PROC_INST_ID_", "ACT_INST_ID_", "PARENT_TASK_ID_", "BYTEARRAY_ID_", "VAR_INST_ID_", "OPERATION_ID_",
      "JOB_ID_", "JOB_EXCEPTION_STACK_ID_", "PROCESS_INSTANCE_ID_", "CAUSE_INCIDENT_ID_", "ROOT_CAUSE_INCIDENT_ID_",
      "CONTENT_ID_", "EXT_TASK_ID_", "ERROR_DETAILS_ID_", "DEC_INST_ID_", "ROOT_DEC_INST_ID_");
  /** Camunda's history byte arrays (variable values such as Json lists, job exception stacks). */
  static final String HISTORY_BYTE_ARRAYS = "TYPE_ = 3";

  private final JdbcTemplate jdbc;
  private final Map<String, List<String>> columns = new LinkedHashMap<>();

  HistoryCopies(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Adds copies until (at most 100 times) the history holds {@code factor} times the real cases; answers the seconds it took. */
  double copyUntil(int current, int factor) {
    long start = System.nanoTime();
    if (columns.isEmpty() && factor > current) {
      snapshot();
    }
    for (int k = current; k < factor; k++) {
      String tag = String.format(Locale.ROOT, "z%02d", k);
      columns.forEach((table, names) -> {
        String values = names.stream().map(name -> INSTANCE_COLUMNS.contains(name) ? "CASE WHEN " + name
            + " IS NULL THEN NULL ELSE LEFT(" + name + ", LENGTH(" + name + ") - 3) || '" + tag + "' END" : name)
            .collect(Collectors.joining(", "));
        jdbc.update("INSERT INTO " + table + " (" + String.join(", ", names) + ") SELECT " + values
            + " FROM BENCH_BASE_" + table);
      });
      if (k % 10 == 9) {
        BenchReport.progress("history copies: %d of %d after %.0f s", k + 1, factor, BenchReport.seconds(start));
      }
    }
    return BenchReport.seconds(start);
  }

  private void snapshot() {
    List<String> tables = new ArrayList<>(jdbc.queryForList("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES"
        + " WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME LIKE 'ACT\\_HI\\_%' ESCAPE '\\' ORDER BY TABLE_NAME",
        String.class));
    tables.add("ACT_GE_BYTEARRAY");
    for (String table : tables) {
      String where = table.equals("ACT_GE_BYTEARRAY") ? " WHERE " + HISTORY_BYTE_ARRAYS : "";
      jdbc.execute("DROP TABLE IF EXISTS BENCH_BASE_" + table);
      jdbc.execute("CREATE TABLE BENCH_BASE_" + table + " AS SELECT * FROM " + table + where);
      Long clashes = jdbc.queryForObject("SELECT COUNT(*) - COUNT(DISTINCT LEFT(ID_, LENGTH(ID_) - 3)) FROM "
          + "BENCH_BASE_" + table, Long.class);
      if (clashes != null && clashes != 0) {
        throw new IllegalStateException(table + ": ids differ only in their last 3 characters; cannot copy");
      }
      columns.put(table, jdbc.queryForList("SELECT COLUMN_NAME FROM INFORMATION_SCHEMA.COLUMNS"
          + " WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME = ? ORDER BY ORDINAL_POSITION", String.class, table));
    }
  }

  /** Row counts of the history tables the statistics read. */
  String rowCounts() {
    return String.format(Locale.ROOT, "%,d process instances, %,d activity instances, %,d variables, %,d details",
        count("ACT_HI_PROCINST"), count("ACT_HI_ACTINST"), count("ACT_HI_VARINST"), count("ACT_HI_DETAIL"));
  }

  private long count(String table) {
    Long count = jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
    return count == null ? 0 : count;
  }
}
