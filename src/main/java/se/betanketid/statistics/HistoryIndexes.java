package se.betanketid.statistics;

import java.util.List;
import org.camunda.bpm.spring.boot.starter.event.PostDeployEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Two indexes of our own on ACT_HI_VARINST, so that finding a year's cases reads only that year's date and
 * outcome variables (docs/statistics.md, "Performance"): by name and value, by name and creation time. On
 * PostgreSQL the value index is partial (the two date variables only: a long text value could not be indexed)
 * and built without locking the table. Created once, at start; a failure is logged, never fatal.
 */
@Component
class HistoryIndexes {

  private static final Logger LOG = LoggerFactory.getLogger(HistoryIndexes.class);

  private final JdbcTemplate jdbc;
  private final HistoryTables tables;

  HistoryIndexes(JdbcTemplate jdbc, HistoryTables tables) {
    this.jdbc = jdbc;
    this.tables = tables;
  }

  @EventListener(PostDeployEvent.class)
  public void ensure() {
    String variables = tables.table("ACT_HI_VARINST");
    List<String> statements = switch (tables.databaseType()) {
      case "h2" -> List.of(
          "CREATE INDEX IF NOT EXISTS BT_IDX_HI_VARINST_NAME_TEXT ON " + variables
              + " (NAME_, TEXT_, ROOT_PROC_INST_ID_)",
          "CREATE INDEX IF NOT EXISTS BT_IDX_HI_VARINST_NAME_CREATED ON " + variables
              + " (NAME_, CREATE_TIME_, ROOT_PROC_INST_ID_)");
      case "postgres" -> List.of(
          "CREATE INDEX CONCURRENTLY IF NOT EXISTS bt_idx_hi_varinst_dates ON " + variables
              + " (name_, text_, root_proc_inst_id_) WHERE name_ IN ('applicationDate', 'decisionDate')",
          "CREATE INDEX CONCURRENTLY IF NOT EXISTS bt_idx_hi_varinst_name_created ON " + variables
              + " (name_, create_time_, root_proc_inst_id_)");
      default -> List.of();
    };
    for (String statement : statements) {
      long started = System.nanoTime();
      try {
        jdbc.execute(statement);
        long millis = (System.nanoTime() - started) / 1_000_000;
        if (millis > 1000) {
          LOG.info("Statistics index built in {} s: {}", millis / 1000, statement);
        }
      } catch (RuntimeException failed) {
        LOG.warn("Statistics index not created ({}): {}", statement, failed.toString());
      }
    }
  }
}
