package se.betanketid.benchmark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Makes a larger history out of the real cases' history, on the benchmark's database while the application is
 * stopped. Copy k of a history row gets new ids: the old id with its last three characters replaced by "z" and k
 * in two digits (same length, never an original id: those end in hex digits), in every column that refers to an
 * instance (process, activity, task, variable, byte array). Definitions, users and groups stay. The copies are
 * cases of the same processes, year, variables and dates: the statistics read exactly the data of k times as
 * many real cases.
 * <ul>
 *   <li>{@link Mode#TABLES_READ}: every row of the tables the statistics read: ACT_HI_PROCINST, ACT_HI_ACTINST,
 *   ACT_HI_VARINST and the history byte arrays (Json values), the e-mail instances' rows too;</li>
 *   <li>{@link Mode#ROWS_READ}: only the rows the statistics can read (the cases' process instances, their
 *   contract variables of docs/architecture.md, the escalations' activity instances, the Json values): for
 *   100 000 cases, where copying everything would take hours on this machine. Every statistics query finds its
 *   rows through indexes, so the rows it does not read cost it no more than an index level.</li>
 * </ul>
 * Not copied at all: ACT_HI_DETAIL, ACT_HI_TASKINST, ACT_HI_IDENTITYLINK, ACT_HI_JOB_LOG, ACT_HI_OP_LOG,
 * ACT_HI_DECINST and the like, which no statistics query reads.
 */
final class HistoryCopies implements AutoCloseable {

  enum Mode { TABLES_READ, ROWS_READ }

  static final List<String> TABLES = List.of("ACT_HI_PROCINST", "ACT_HI_ACTINST", "ACT_HI_VARINST",
      "ACT_GE_BYTEARRAY");
  /** Columns that refer to an instance row: they get the copy's tag. All other columns are copied as they are. */
  static final Set<String> INSTANCE_COLUMNS = Set.of("ID_", "PROC_INST_ID_", "SUPER_PROCESS_INSTANCE_ID_",
      "ROOT_PROC_INST_ID_", "RESTARTED_PROC_INST_ID_", "PARENT_ACT_INST_ID_", "EXECUTION_ID_", "TASK_ID_",
      "CALL_PROC_INST_ID_", "ACT_INST_ID_", "BYTEARRAY_ID_");
  static final String CASE_PROCESSES = "('SocialServicesApplicationProcess', 'InvestigationLeaderApplicationProcess',"
      + " 'ReflectionPeriodProcess', 'AccompanyingChildProcess')";
  /** The contract variables (docs/architecture.md) that statistics read: the case's, the child's, escalations. */
  static final String READ_VARIABLES = "('caseNumber', 'applicantType', 'municipalityCode', 'policeRegion',"
      + " 'viaRegionalCoordinator', 'personSex', 'exploitationForms', 'identificationDate', 'applicationDate',"
      + " 'decisionResult', 'decisionDate', 'validUntil', 'rejectionReason', 'outcome', 'alternative',"
      + " 'applicationDecision', 'applicationDecisionDate', 'declineReason',"
      + " 'childCovered', 'coverageBasis', 'childEscalationOpen', 'guardianValidUntil', 'guardianCaseEnded',"
      + " 'escalationKind')";

  private final SingleConnectionDataSource connection;
  private final JdbcTemplate jdbc;
  private final Map<String, List<String>> columns = new LinkedHashMap<>();

  /** Opens the benchmark's database (the application must be stopped) with a large cache for the copying. */
  HistoryCopies(String url) {
    connection = new SingleConnectionDataSource(url, "sa", "", true);
    jdbc = new JdbcTemplate(connection);
    jdbc.execute("SET CACHE_SIZE 1048576");
    for (String table : TABLES) {
      columns.put(table, jdbc.queryForList("SELECT COLUMN_NAME FROM INFORMATION_SCHEMA.COLUMNS"
          + " WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME = ? ORDER BY ORDINAL_POSITION", String.class, table));
    }
  }

  /** Keeps the real cases' rows in BENCH_&lt;mode&gt;_* tables (once), so that copies are never copied. */
  void snapshot() {
    for (Mode mode : Mode.values()) {
      Map<String, String> where = mode == Mode.TABLES_READ
          ? Map.of("ACT_GE_BYTEARRAY", " WHERE TYPE_ = 3")
          : Map.of("ACT_HI_PROCINST", " WHERE PROC_DEF_KEY_ IN " + CASE_PROCESSES,
              "ACT_HI_VARINST", " WHERE PROC_DEF_KEY_ IN " + CASE_PROCESSES + " AND NAME_ IN " + READ_VARIABLES,
              "ACT_HI_ACTINST", " WHERE ID_ IN (SELECT ACT_INST_ID_ FROM BENCH_ROWS_READ_ACT_HI_VARINST)",
              "ACT_GE_BYTEARRAY", " WHERE ID_ IN (SELECT BYTEARRAY_ID_ FROM BENCH_ROWS_READ_ACT_HI_VARINST)");
      for (String table : List.of("ACT_HI_PROCINST", "ACT_HI_VARINST", "ACT_HI_ACTINST", "ACT_GE_BYTEARRAY")) {
        String copy = base(mode, table);
        jdbc.execute("DROP TABLE IF EXISTS " + copy);
        jdbc.execute("CREATE TABLE " + copy + " AS SELECT * FROM " + table + where.getOrDefault(table, ""));
        Long clashes = jdbc.queryForObject("SELECT COUNT(*) - COUNT(DISTINCT LEFT(ID_, LENGTH(ID_) - 3)) FROM "
            + copy, Long.class);
        if (clashes != null && clashes != 0) {
          throw new IllegalStateException(table + ": ids differ only in their last 3 characters; cannot copy");
        }
      }
    }
  }

  /**
   * Adds the copies first..last (at most 99) of the real cases; answers the seconds it took. The tables' secondary
   * indexes are dropped meanwhile and built again at the end (H2 builds an index on existing rows sorted, in a
   * fraction of the time that millions of random inserts into it take; with them copying slowed down with every
   * copy, to over an hour for 100 000 cases). The indexes are the same afterwards: names and columns.
   */
  double copy(Mode mode, int first, int last) {
    long start = System.nanoTime();
    List<String> indexes = dropSecondaryIndexes();
    for (int k = first; k <= last; k++) {
      String tag = String.format(Locale.ROOT, "z%02d", k);
      columns.forEach((table, names) -> {
        String values = names.stream().map(name -> INSTANCE_COLUMNS.contains(name) ? "CASE WHEN " + name
            + " IS NULL THEN NULL ELSE LEFT(" + name + ", LENGTH(" + name + ") - 3) || '" + tag + "' END" : name)
            .collect(Collectors.joining(", "));
        jdbc.update("INSERT INTO " + table + " (" + String.join(", ", names) + ") SELECT " + values + " FROM "
            + base(mode, table));
      });
      if (k % 10 == 0) {
        BenchReport.progress("history copy %d of %d after %.0f s", k, last, BenchReport.seconds(start));
      }
    }
    indexes.forEach(jdbc::execute);
    BenchReport.progress("copies %d to %d and their indexes made in %.0f s", first, last, BenchReport.seconds(start));
    return BenchReport.seconds(start);
  }

  /** Drops the non-unique indexes of the copied tables; answers the statements that make them again. */
  private List<String> dropSecondaryIndexes() {
    Map<String, List<String>> indexColumns = new LinkedHashMap<>();
    Map<String, String> indexTables = new LinkedHashMap<>();
    for (String table : TABLES) {
      jdbc.query("SELECT I.INDEX_NAME, C.COLUMN_NAME FROM INFORMATION_SCHEMA.INDEXES I"
          + " JOIN INFORMATION_SCHEMA.INDEX_COLUMNS C ON C.INDEX_SCHEMA = I.INDEX_SCHEMA"
          + " AND C.INDEX_NAME = I.INDEX_NAME WHERE I.TABLE_SCHEMA = 'PUBLIC' AND I.TABLE_NAME = ?"
          + " AND I.INDEX_TYPE_NAME = 'INDEX' AND I.IS_GENERATED = FALSE"
          + " ORDER BY I.INDEX_NAME, C.ORDINAL_POSITION", rs -> {
            indexColumns.computeIfAbsent(rs.getString(1), name -> new ArrayList<>()).add(rs.getString(2));
            indexTables.put(rs.getString(1), table);
          }, table);
    }
    indexColumns.keySet().forEach(index -> jdbc.execute("DROP INDEX " + index));
    return indexColumns.entrySet().stream().map(index -> "CREATE INDEX " + index.getKey() + " ON "
        + indexTables.get(index.getKey()) + " (" + String.join(", ", index.getValue()) + ")").toList();
  }

  /** Rows per real case of the tables the statistics read, in each mode. */
  String rowsPerCase(Mode mode, int realCases) {
    return TABLES.stream().map(table -> String.format(Locale.ROOT, "%s %.0f", table.replace("ACT_HI_", "")
        .replace("ACT_GE_", "").toLowerCase(Locale.ROOT), count(base(mode, table)) / (double) realCases))
        .collect(Collectors.joining(", "));
  }

  long count(String table) {
    Long count = jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
    return count == null ? 0 : count;
  }

  private static String base(Mode mode, String table) {
    return "BENCH_" + mode.name() + "_" + table;
  }

  /** Back to H2's default cache, then closes the database, rewriting its file without the free space. */
  @Override
  public void close() {
    jdbc.execute("SET CACHE_SIZE 16384");
    jdbc.execute("SHUTDOWN COMPACT");
    connection.destroy();
  }
}
