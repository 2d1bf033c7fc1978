package se.betanketid.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A plain Camunda engine in the benchmark's JVM, for the trivial process's task to be compared with (issue 20):
 * Camunda's standalone configuration, none of Betänketid's plugins (no case access, no form validation, no
 * new-task mail, no case register), authorizations off, full history as the application keeps it, its job
 * executor on, on an H2 file database of its own with the application's JDBC options (application.yaml). The
 * trivial process's due date expression gets the application's working-day calendar (the same bean).
 */
final class BareEngine implements AutoCloseable {

  static final String NAME = "bare";
  /** The bare engine on a copy of the application's database. */
  static final String COPY = "bare-copy";

  final ProcessEngine engine;
  private final String name;

  private BareEngine(ProcessEngine engine, String name) {
    this.engine = engine;
    this.name = name;
  }

  /** On an empty database of its own. */
  static BareEngine start(Object workdays) {
    BenchDatabase.deleteDirectory(Path.of("target", "bench", NAME));
    return start(workdays, NAME);
  }

  /**
   * On a copy of the application's database as it is now (H2's online {@code BACKUP}: consistent while it runs):
   * the same tables with the same rows, so that the trivial task is compared on a database of the same size.
   */
  static BareEngine onCopyOf(DataSource application, Object workdays) {
    Path directory = Path.of("target", "bench", COPY);
    BenchDatabase.deleteDirectory(directory);
    try {
      Files.createDirectories(directory);
      Path backup = directory.resolve("backup.zip");
      new JdbcTemplate(application).execute("BACKUP TO '" + backup.toAbsolutePath() + "'");
      try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(backup))) {
        for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
          Files.copy(zip, directory.resolve(Path.of(entry.getName()).getFileName()));
        }
      }
      Files.delete(backup);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return start(workdays, COPY);
  }

  private static BareEngine start(Object workdays, String name) {
    StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
    configuration.setProcessEngineName("bench-" + name);
    configuration.setJdbcUrl(BenchDatabase.h2Url(name));
    configuration.setJdbcUsername("sa");
    configuration.setJdbcPassword("");
    configuration.setJdbcDriver("org.h2.Driver");
    configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
    configuration.setHistoryLevel(HistoryLevel.HISTORY_LEVEL_FULL);
    configuration.setJobExecutorActivate(true);
    configuration.setBeans(Map.of("workdays", workdays));
    return new BareEngine(configuration.buildProcessEngine(), name);
  }

  @Override
  public void close() {
    engine.close();
    BenchDatabase.drop(name);
  }
}
