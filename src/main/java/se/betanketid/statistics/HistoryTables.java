package se.betanketid.statistics;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Collections;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;
import se.betanketid.calendar.EngineTime;

/** The engine's table prefix and database type, and the helpers the history queries share. */
@Component
class HistoryTables {

  private final String prefix;
  private final String databaseType;

  HistoryTables(ProcessEngine engine) {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    this.prefix = configuration.getDatabaseTablePrefix() == null ? "" : configuration.getDatabaseTablePrefix();
    this.databaseType = configuration.getDatabaseType();
  }

  /** A table's name with the engine's prefix, e.g. ACT_HI_VARINST. */
  String table(String name) {
    return prefix + name;
  }

  String databaseType() {
    return databaseType;
  }

  /** Midnight at the start of the day in Sweden, as the engine writes its timestamps. */
  static Timestamp timestamp(LocalDate day) {
    return Timestamp.from(day.atStartOfDay(EngineTime.SWEDEN).toInstant());
  }

  static String placeholders(int count) {
    return String.join(", ", Collections.nCopies(count, "?"));
  }
}
