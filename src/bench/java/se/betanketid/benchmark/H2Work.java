package se.betanketid.benchmark;

import java.util.Locale;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What an H2 database did to its file, by H2's own counters ({@code INFORMATION_SCHEMA.SETTINGS}): write
 * operations, bytes written (every commit's chunk, and the housekeeping's rewritten pages) and bytes read (pages not
 * in the cache). Unlike a time they do not depend on what else the machine does: they show the database's share of
 * a task's cost. Nothing on PostgreSQL.
 */
record H2Work(long writes, long writtenBytes, long readBytes) {

  static final H2Work NONE = new H2Work(0, 0, 0);

  /** The counters now (since the database was opened), or {@link #NONE} when it is not H2. */
  static H2Work of(DataSource dataSource) {
    if (BenchDatabase.postgres()) {
      return NONE;
    }
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    return new H2Work(counter(jdbc, "info.FILE_WRITE"), counter(jdbc, "info.FILE_WRITE_BYTES"),
        counter(jdbc, "info.FILE_READ_BYTES"));
  }

  private static long counter(JdbcTemplate jdbc, String name) {
    return Long.parseLong(jdbc.queryForObject(
        "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = ?", String.class, name));
  }

  H2Work plus(H2Work other) {
    return new H2Work(writes + other.writes, writtenBytes + other.writtenBytes, readBytes + other.readBytes);
  }

  H2Work minus(H2Work other) {
    return new H2Work(writes - other.writes, writtenBytes - other.writtenBytes, readBytes - other.readBytes);
  }

  /** Per unit (instance or task): file writes, kB written, kB read. */
  String per(double units) {
    return String.format(Locale.ROOT, "%.1f file writes, %,.0f kB written, %,.0f kB read", writes / units,
        writtenBytes / 1024.0 / units, readBytes / 1024.0 / units);
  }
}
