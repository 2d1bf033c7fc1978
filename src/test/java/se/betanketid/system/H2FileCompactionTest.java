package se.betanketid.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The running compaction of the embedded default's H2 file (WRITE_DELAY=0 as in application.yaml). */
class H2FileCompactionTest {

  static final H2FileCompaction.Housekeeping HOUSEKEEPING =
      new H2FileCompaction.Housekeeping(Duration.ofSeconds(1), 80, 8 << 20, Duration.ZERO);

  @TempDir
  Path directory;

  /**
   * The housekeeping alone, run as often as commits come (here after every 100), keeps the file within a few
   * times its data while commits go on, where without it the file grows with every commit; no row is lost.
   */
  @Test
  void housekeepingKeepsPaceWithTheCommitsAndKeepsEveryRow() throws SQLException {
    String url = "jdbc:h2:file:" + directory.resolve("db") + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE";
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL(url);
    H2FileCompaction compaction = new H2FileCompaction(dataSource, url, Duration.ofMinutes(1),
        Duration.ofSeconds(5), HOUSEKEEPING);
    try (Connection open = dataSource.getConnection()) {
      open.createStatement().execute("CREATE TABLE CASES (ID INT PRIMARY KEY, TEXT VARCHAR(1000))");
      long largest = 0;
      for (int round = 0; round < 30; round++) {
        commitOneByOne(open, round * 100, 100);
        compaction.housekeep();
        largest = Math.max(largest, size());
      }
      ResultSet rows = open.createStatement().executeQuery("SELECT COUNT(*), SUM(LENGTH(TEXT)) FROM CASES");
      rows.next();
      assertThat(rows.getInt(1)).isEqualTo(3_000);
      long data = 3_000L * 500;
      assertThat(largest).as("largest file while committing, for %d bytes of rows", data).isLessThan(data * 8);
    }
  }

  @Test
  void shrinksTheFileThatWriteDelayZeroLetsGrowAndKeepsEveryRow() throws SQLException {
    String url = "jdbc:h2:file:" + directory.resolve("db") + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE";
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL(url);
    H2FileCompaction compaction = new H2FileCompaction(dataSource, url, Duration.ofMinutes(1),
        Duration.ofSeconds(5), HOUSEKEEPING);
    try (Connection open = dataSource.getConnection()) { // keeps the database open, as the pool does
      open.createStatement().execute("CREATE TABLE CASES (ID INT PRIMARY KEY, TEXT VARCHAR(1000))");
      commitOneByOne(open, 3_000);
      long grown = size();

      compaction.compact();
      compaction.compact();

      assertThat(size()).as("file after compaction (was %d bytes)", grown).isLessThan(grown / 4);
      ResultSet rows = open.createStatement().executeQuery("SELECT COUNT(*), SUM(LENGTH(TEXT)) FROM CASES");
      rows.next();
      assertThat(rows.getInt(1)).isEqualTo(3_000);
      assertThat(rows.getLong(2)).isEqualTo(3_000L * 500);
    }
  }

  @Test
  void leavesOtherDatabasesAlone() throws SQLException {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:compaction");
    H2FileCompaction postgres = new H2FileCompaction(dataSource, "jdbc:postgresql://localhost/betanketid",
        Duration.ofMinutes(1), Duration.ofSeconds(1), HOUSEKEEPING);
    postgres.compact();
    postgres.housekeep();
    H2FileCompaction memory = new H2FileCompaction(dataSource, "jdbc:h2:mem:compaction", Duration.ofMinutes(1),
        Duration.ofSeconds(1), HOUSEKEEPING);
    memory.compact();
    memory.housekeep();
  }

  private static void commitOneByOne(Connection connection, int rows) throws SQLException {
    commitOneByOne(connection, 0, rows);
  }

  private static void commitOneByOne(Connection connection, int first, int rows) throws SQLException {
    connection.setAutoCommit(false);
    try (PreparedStatement insert = connection.prepareStatement("INSERT INTO CASES VALUES (?, ?)");
        PreparedStatement update = connection.prepareStatement("UPDATE CASES SET TEXT = ? WHERE ID = ?")) {
      for (int i = first; i < first + rows; i++) {
        insert.setInt(1, i);
        insert.setString(2, "x".repeat(500));
        insert.execute();
        update.setString(1, "y".repeat(500));
        update.setInt(2, i / 2);
        update.execute();
        connection.commit();
      }
    }
    connection.setAutoCommit(true);
  }

  private long size() {
    return directory.resolve("db.mv.db").toFile().length();
  }
}
