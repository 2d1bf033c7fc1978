package se.betanketid.register;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import se.betanketid.calendar.EngineTime;
import se.betanketid.casefile.ProtectedIdentityStore;
import se.betanketid.retention.RetentionPolicy;
import se.betanketid.retention.RetentionSweep;

/**
 * The register follows the engine's retention: a closed case whose history the engine's history cleanup has
 * removed loses its {@code case_file} rows (the case's and its children's) too, and a protected person's identifying
 * fields ({@code casefile.ProtectedIdentityStore}) with them, in one transaction; its anonymous {@code case_fact}
 * row stays, now without any link to the case, until {@code betanketid.register.fact-retention-years} after
 * the year it closed, when it goes in one transaction with what it added to the statistics' sums ({@link FactSums}:
 * the figures of the years still kept do not change). Run every {@code betanketid.register.sweep-interval} by
 * {@code retention.RetentionSweeps}. Only rows closed longer ago than the shortest history time-to-live of the
 * deployed processes ({@link RetentionPolicy#shortestProcessDays()}) are looked up in the history: a case closed
 * since still has its history.
 */
@Component
public class RegisterRetention implements RetentionSweep {

  private static final Logger LOG = LoggerFactory.getLogger(RegisterRetention.class);
  private static final int CHUNK = 500;

  private final JdbcTemplate jdbc;
  private final FactSums sums;
  private final HistoryService history;
  private final ProtectedIdentityStore protectedIdentities;
  private final RetentionPolicy retention;
  private final TransactionTemplate transactions;
  private final int factYears;
  private final Duration interval;

  RegisterRetention(JdbcTemplate jdbc, FactSums sums, HistoryService history, TransactionTemplate transactions,
      ProtectedIdentityStore protectedIdentities, RetentionPolicy retention,
      @Value("${betanketid.register.fact-retention-years:10}") int factYears,
      @Value("${betanketid.register.sweep-interval:PT10M}") Duration interval) {
    this.jdbc = jdbc;
    this.sums = sums;
    this.history = history;
    this.protectedIdentities = protectedIdentities;
    this.retention = retention;
    this.transactions = transactions;
    this.factYears = factYears;
    this.interval = interval;
  }

  @Override
  public String name() {
    return "the case register";
  }

  @Override
  public Duration interval() {
    return interval;
  }

  /**
   * Deletes the rows of closed cases whose history is gone (a case's row takes its children's with it; a child's row
   * whose own history is gone while its case's row stays goes alone), and facts past their time; answers the rows.
   * A row closed more recently than the shortest time-to-live is not looked up: its history cannot be gone yet.
   */
  @Override
  public int sweep() {
    Map<String, String> closed = new LinkedHashMap<>();
    Timestamp historyKeptSince = Timestamp.from(EngineTime.now().toInstant()
        .minus(Duration.ofDays(retention.shortestProcessDays())));
    jdbc.query("SELECT process_instance_id, case_id FROM case_file WHERE closed_at < ?",
        rs -> { closed.put(rs.getString(1), rs.getString(2)); }, historyKeptSince);
    List<String> ids = List.copyOf(closed.keySet());
    int deleted = 0;
    for (int i = 0; i < ids.size(); i += CHUNK) {
      List<String> chunk = ids.subList(i, Math.min(i + CHUNK, ids.size()));
      Set<String> kept = new HashSet<>();
      history.createHistoricProcessInstanceQuery().processInstanceIds(new HashSet<>(chunk)).list().stream()
          .map(HistoricProcessInstance::getId).forEach(kept::add);
      for (String id : chunk.stream().filter(id -> !kept.contains(id)).toList()) {
        String caseId = closed.get(id);
        deleted += transactions.execute(status -> {
          if (id.equals(caseId)) {
            protectedIdentities.delete(jdbc.queryForList("SELECT case_number FROM case_file WHERE case_id = ? AND"
                + " kind = ? AND case_number IS NOT NULL", String.class, caseId, RegisterNames.CASE));
            jdbc.update("DELETE FROM case_task WHERE case_id = ?", caseId);
            return jdbc.update("DELETE FROM case_file WHERE case_id = ?", caseId);
          }
          jdbc.update("DELETE FROM case_task WHERE process_instance_id = ?", id);
          return jdbc.update("DELETE FROM case_file WHERE process_instance_id = ?", id);
        });
      }
    }
    int lastKept = EngineTime.today().getYear() - factYears;
    Integer due = jdbc.queryForObject("SELECT COUNT(*) FROM case_fact WHERE closed_year IS NOT NULL"
        + " AND closed_year < ?", Integer.class, lastKept);
    Integer facts = due == null || due == 0 ? Integer.valueOf(0) : transactions.execute(status -> {
      sums.remove(sums.closedBefore(lastKept));
      for (String table : List.of("case_fact_child", "case_fact_breach")) {
        jdbc.update("DELETE FROM " + table + " WHERE fact_id IN (SELECT fact_id FROM case_fact"
            + " WHERE closed_year IS NOT NULL AND closed_year < ?)", lastKept);
      }
      return jdbc.update("DELETE FROM case_fact WHERE closed_year IS NOT NULL AND closed_year < ?", lastKept);
    });
    if (deleted > 0 || facts != null && facts > 0) {
      LOG.info("Case register retention: {} closed rows whose history is gone, {} facts past {} years deleted",
          deleted, facts, factYears);
    }
    return deleted;
  }
}
