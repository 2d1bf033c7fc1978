package se.betanketid.benchmark;

import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.history.HistoryLevel;

/**
 * A plain Camunda engine in the benchmark's JVM, for the trivial process's task to be compared with (issue 20):
 * Camunda's standalone configuration, none of Betänketid's plugins (no case access, no form validation, no
 * new-task mail, no case register), authorizations off, full history as the application keeps it, its job
 * executor on, on an H2 file database of its own with the application's JDBC options (application.yaml). The
 * trivial process's due date expression gets the application's working-day calendar (the same bean).
 */
final class BareEngine implements AutoCloseable {

  static final String NAME = "bare";

  final ProcessEngine engine;

  private BareEngine(ProcessEngine engine) {
    this.engine = engine;
  }

  static BareEngine start(Object workdays) {
    BenchDatabase.deleteDirectory(java.nio.file.Path.of("target", "bench", NAME));
    StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
    configuration.setProcessEngineName("bench-bare");
    configuration.setJdbcUrl(BenchDatabase.h2Url(NAME));
    configuration.setJdbcUsername("sa");
    configuration.setJdbcPassword("");
    configuration.setJdbcDriver("org.h2.Driver");
    configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
    configuration.setHistoryLevel(HistoryLevel.HISTORY_LEVEL_FULL);
    configuration.setJobExecutorActivate(true);
    configuration.setBeans(Map.of("workdays", workdays));
    return new BareEngine(configuration.buildProcessEngine());
  }

  @Override
  public void close() {
    engine.close();
    BenchDatabase.drop(NAME);
  }
}
