package se.betanketid.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Comparator;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Our tables' migrations (db/migration) on a database of their own: the suite's H2, or PostgreSQL when the suite
 * runs on it (the postgres profile's {@code spring.datasource.url}; a schema of its own, dropped after). Before V9
 * Spring's schema.sql made casefile's three tables at every start; a database made then must migrate to V9 with
 * its rows as they were.
 */
class MigrationsIT {

  /** What schema.sql created, exactly, before V9. */
  private static final String[] BEFORE_V9 = {
      "CREATE TABLE IF NOT EXISTS bt_case_number_counter (counter_year INTEGER NOT NULL PRIMARY KEY,"
          + " last_value INTEGER NOT NULL)",
      "CREATE TABLE IF NOT EXISTS bt_start_fingerprint (fingerprint VARCHAR(64) NOT NULL PRIMARY KEY,"
          + " created_millis BIGINT NOT NULL)",
      "CREATE TABLE IF NOT EXISTS bt_protected_identity (case_number VARCHAR(20) NOT NULL PRIMARY KEY,"
          + " identity_json VARCHAR(20000) NOT NULL)"};

  /** Unquoted, as Flyway spells it: lower case on PostgreSQL, upper case on H2. */
  private final String schema = isPostgres() ? "migrations_" + suffix() : "MIGRATIONS_" + suffix().toUpperCase();
  private final DataSource database = database();

  @AfterEach
  void dropTheSchema() throws SQLException {
    if (isPostgres()) {
      execute("DROP SCHEMA " + schema + " CASCADE");
    }
  }

  @Test
  void anEmptyDatabaseGetsEveryTable() throws SQLException {
    MigrateResult result = flyway().load().migrate();

    assertThat(result.success).isTrue();
    assertThat(result.targetSchemaVersion).isGreaterThanOrEqualTo("9");
    execute("INSERT INTO bt_case_number_counter (counter_year, last_value) VALUES (2026, 1)");
    execute("INSERT INTO bt_start_fingerprint (fingerprint, created_millis) VALUES ('f', 1)");
    execute("INSERT INTO bt_protected_identity (case_number, identity_json) VALUES ('BT-2026-00001', '{}')");
  }

  @Test
  void aDatabaseMigratedBeforeV9KeepsItsCaseNumbersAndIdentities() throws SQLException {
    flyway().target(lastBeforeV9()).load().migrate();
    madeBySchemaSql();

    MigrateResult result = flyway().load().migrate();

    assertThat(result.success).isTrue();
    assertThat(result.migrations).anyMatch(migration -> "9".equals(migration.version));
    assertThatTheRowsAreAsTheyWere();
  }

  @Test
  void aDatabaseFromBeforeTheRegisterGetsEveryMigrationOverItsTables() throws SQLException {
    madeBySchemaSql();
    execute("CREATE TABLE act_ge_property (name_ VARCHAR(64) PRIMARY KEY)");

    MigrateResult result = flyway().baselineOnMigrate(true).baselineVersion("0").load().migrate();

    assertThat(result.success).isTrue();
    assertThat(result.migrations).anyMatch(migration -> "1".equals(migration.version))
        .anyMatch(migration -> "9".equals(migration.version));
    assertThatTheRowsAreAsTheyWere();
  }

  /** The newest migration before V9 (V6 here; V7 and V8 come from other branches). */
  private String lastBeforeV9() {
    return Arrays.stream(flyway().load().info().all()).map(MigrationInfo::getVersion)
        .filter(version -> !version.isAtLeast("9")).max(Comparator.naturalOrder()).orElseThrow().getVersion();
  }

    private void madeBySchemaSql() throws SQLException {
    for (String statement : BEFORE_V9) {
      execute(statement);
    }
    execute("INSERT INTO bt_case_number_counter (counter_year, last_value) VALUES (2026, 41)");
    execute("INSERT INTO bt_protected_identity (case_number, identity_json) VALUES ('BT-2026-00041', '{\"a\":1}')");
  }

  private void assertThatTheRowsAreAsTheyWere() throws SQLException {
    try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
      var counter = statement.executeQuery("SELECT last_value FROM bt_case_number_counter WHERE counter_year = 2026");
      assertThat(counter.next()).isTrue();
      assertThat(counter.getInt(1)).isEqualTo(41);
      var identity = statement.executeQuery("SELECT identity_json FROM bt_protected_identity");
      assertThat(identity.next()).isTrue();
      assertThat(identity.getString(1)).isEqualTo("{\"a\":1}");
    }
  }

  private org.flywaydb.core.api.configuration.FluentConfiguration flyway() {
    return Flyway.configure().dataSource(database).locations("classpath:db/migration").schemas(schema);
  }

  private void execute(String sql) throws SQLException {
    try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  private static String suffix() {
    return UUID.randomUUID().toString().replace("-", "").substring(0, 12);
  }

  private static boolean isPostgres() {
    return System.getProperty("spring.datasource.url", "").startsWith("jdbc:postgresql:");
  }

  /** Every connection opens in the test's own schema, made first (our statements may come before Flyway's). */
  private DataSource database() {
    if (isPostgres()) {
      PGSimpleDataSource postgres = new PGSimpleDataSource();
      postgres.setURL(System.getProperty("spring.datasource.url"));
      postgres.setUser(System.getProperty("spring.datasource.username"));
      postgres.setPassword(System.getProperty("spring.datasource.password"));
      try (Connection connection = postgres.getConnection(); Statement statement = connection.createStatement()) {
        statement.execute("CREATE SCHEMA " + schema);
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
      postgres.setCurrentSchema(schema);
      return postgres;
    }
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:" + schema + ";DB_CLOSE_DELAY=-1;INIT=CREATE SCHEMA IF NOT EXISTS " + schema
        + "\\;SET SCHEMA " + schema);
    return h2;
  }
}
