package se.betanketid.benchmark;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Makes a larger case register out of the real cases' register rows, on the benchmark's database while the
 * application is stopped: the statistics and the dashboard read the register only, never the engine's history.
 * Copy k of a row gets new ids: the old id with its last four characters replaced by "z" and k in three digits
 * (same length, never an original id: those end in hex digits), in every column that holds an id. The copies are
 * cases of the same year, municipality and figures: the statistics read exactly k times the real cases' facts.
 * The engine's tables are not copied: the copies are cases without an engine side (as after history cleanup).
 * The real cases are all closed; the case rows of every copy numbered 1, 101, 201, … are left open (their
 * {@code closed_at} emptied), so that the dashboard's overview has about one case in a hundred open to show.
 */
final class RegisterCopies implements AutoCloseable {

  static final List<String> TABLES = List.of("CASE_FACT", "CASE_FACT_CHILD", "CASE_FACT_BREACH", "CASE_FILE",
      "CASE_TASK");
  /** Columns that hold an id: they get the copy's tag. All other columns are copied as they are. */
  static final Set<String> ID_COLUMNS = Set.of("FACT_ID", "PROCESS_INSTANCE_ID", "CASE_ID", "TASK_ID");

  private final SingleConnectionDataSource connection;
  private final JdbcTemplate jdbc;
  private final Map<String, List<String>> columns = new LinkedHashMap<>();

  /** Opens the benchmark's database (the application must be stopped) with a large cache for the copying. */
  RegisterCopies(String url) {
    connection = new SingleConnectionDataSource(url, "sa", "", true);
    jdbc = new JdbcTemplate(connection);
    jdbc.execute("SET CACHE_SIZE 1048576");
    for (String table : TABLES) {
      columns.put(table, jdbc.queryForList("SELECT COLUMN_NAME FROM INFORMATION_SCHEMA.COLUMNS"
          + " WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME = ? ORDER BY ORDINAL_POSITION", String.class, table));
    }
  }

  /** Register rows per real case (all tables), for the report. */
  String rowsPerCase(int realCases) {
    return columns.keySet().stream().map(table -> String.format(java.util.Locale.ROOT, "%s %.1f",
        table.toLowerCase(java.util.Locale.ROOT), (double) originals(table) / realCases))
        .collect(Collectors.joining(", "));
  }

  /** Adds copies first..last (1-based, at most 999) of every original row, one statement per table; the seconds. */
  double copy(int first, int last) {
    if (last > 999) {
      throw new IllegalArgumentException("at most 999 copies: use more real cases");
    }
    long start = System.nanoTime();
    String tag = "'z' || LPAD(CAST(R.X AS VARCHAR), 3, '0')";
    for (Map.Entry<String, List<String>> table : columns.entrySet()) {
      String names = String.join(", ", table.getValue());
      String values = table.getValue().stream().map(column -> ID_COLUMNS.contains(column)
          ? "CASE WHEN T." + column + " IS NULL THEN NULL ELSE LEFT(T." + column + ", LENGTH(T." + column + ") - 4) || "
              + tag + " END"
          : "CASE_FILE".equals(table.getKey()) && "CLOSED_AT".equals(column)
              ? "CASE WHEN MOD(R.X, 100) = 1 THEN NULL ELSE T.CLOSED_AT END" : "T." + column)
          .collect(Collectors.joining(", "));
      jdbc.execute("INSERT INTO " + table.getKey() + " (" + names + ") SELECT " + values + " FROM "
          + table.getKey() + " T, SYSTEM_RANGE(" + first + ", " + last + ") R WHERE " + original(table.getValue(), "T."));
    }
    return (System.nanoTime() - start) / 1e9;
  }

  /** Case rows open now (kind case, not closed), for the report. */
  long openCases() {
    Long count = jdbc.queryForObject("SELECT COUNT(*) FROM CASE_FILE WHERE KIND = 'case' AND CLOSED_AT IS NULL",
        Long.class);
    return count == null ? 0 : count;
  }

  private long originals(String table) {
    Long count = jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE " + original(columns.get(table), ""),
        Long.class);
    return count == null ? 0 : count;
  }

  /** A row of a real case: its first id column does not carry a copy's tag. */
  private static String original(List<String> tableColumns, String alias) {
    String id = alias + tableColumns.stream().filter(ID_COLUMNS::contains).findFirst().orElseThrow();
    return "SUBSTRING(" + id + ", LENGTH(" + id + ") - 3, 1) <> 'z'";
  }

  /** Back to H2's default cache, then closes the database, rewriting its file without the free space. */
  @Override
  public void close() {
    jdbc.execute("SET CACHE_SIZE 16384");
    jdbc.execute("SHUTDOWN COMPACT");
    connection.destroy();
  }
}
