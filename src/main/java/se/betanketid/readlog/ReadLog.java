package se.betanketid.readlog;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.betanketid.calendar.EngineTime;

/**
 * Writes the read log (table {@code read_log}, V5): one row per request, case and channel. Reads through the engine
 * (Tasklist, Cockpit, the REST API) arrive from {@link ReadLogInterceptor}; our own pages and documents call
 * {@link #caseRead} themselves. Rows are only ever inserted here; {@link ReadLogRetention} is the only delete.
 * Written with the engine's transaction when there is one (a read that fails leaves no row).
 */
@Component
public class ReadLog {

  /** The case a process instance belongs to, and the case's municipality. */
  record CaseOf(String caseNumber, String municipalityCode) {}

  private static final String INSERT = "INSERT INTO read_log (read_at, user_id, case_number, municipality_code,"
      + " channel, client, break_glass, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
  /**
   * A root process instance (the engine's own entities name it) to its case's row in the register: the root's row
   * ({@code case_file} keys a case by its root instance) and the row of the case it belongs to. No SQL on the
   * engine's tables.
   */
  private static final String CASES_OF_ROOTS = "SELECT f.process_instance_id, c.case_number, c.municipality_code"
      + " FROM case_file f JOIN case_file c ON c.process_instance_id = f.case_id WHERE f.process_instance_id IN (%s)";

  private final JdbcTemplate jdbc;

  ReadLog(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** A read of the case's data by a person through one of our own pages, APIs or documents. */
  public void caseRead(String userId, String caseNumber, Channel channel) {
    write(userId, List.of(new CaseOf(caseNumber, municipalityOf(caseNumber))), channel, false, null);
  }

  /** A break-glass read (nödåtkomst): marked, with the reason the person gave. */
  void breakGlassRead(String userId, String caseNumber, Channel channel, String reason) {
    write(userId, List.of(new CaseOf(caseNumber, municipalityOf(caseNumber))), channel, true, reason);
  }

  /** The engine let a person read variables or history of the process instances with these roots; cases logged. */
  void casesRead(String userId, Collection<String> rootIds, Channel channel) {
    Map<String, Optional<CaseOf>> known = ReadContext.current().map(ReadContext::cases)
        .orElseGet(java.util.HashMap::new);
    List<String> unknown = rootIds.stream().filter(id -> !known.containsKey(id)).distinct().toList();
    if (!unknown.isEmpty()) {
      unknown.forEach(id -> known.put(id, Optional.empty()));
      jdbc.query(String.format(CASES_OF_ROOTS, String.join(",", Collections.nCopies(unknown.size(), "?"))),
          row -> {
            known.put(row.getString(1), Optional.of(new CaseOf(row.getString(2), row.getString(3))));
          }, unknown.toArray());
    }
    Set<CaseOf> cases = new java.util.LinkedHashSet<>();
    rootIds.forEach(id -> known.getOrDefault(id, Optional.empty()).ifPresent(cases::add));
    write(userId, cases, channel, false, null);
  }

  private void write(String userId, Collection<CaseOf> cases, Channel channel, boolean breakGlass, String reason) {
    Optional<ReadContext> context = ReadContext.current();
    String client = context.map(ReadContext::client).orElse(ReadContext.IN_PROCESS);
    Timestamp now = new Timestamp(EngineTime.now().getTime());
    List<Object[]> rows = new ArrayList<>();
    for (CaseOf read : cases) {
      if (read.caseNumber() != null
          && context.map(c -> c.firstTime(read.caseNumber(), channel, breakGlass)).orElse(true)) {
        rows.add(new Object[] {now, userId, read.caseNumber(), read.municipalityCode(), channel.name(), client,
            breakGlass, reason});
      }
    }
    if (rows.size() == 1) {
      jdbc.update(INSERT, rows.get(0));
    } else if (!rows.isEmpty()) {
      jdbc.batchUpdate(INSERT, rows);
    }
  }

  private String municipalityOf(String caseNumber) {
    List<String> codes = jdbc.queryForList("SELECT municipality_code FROM case_file WHERE case_number = ?"
        + " AND kind = 'case'", String.class, caseNumber);
    return codes.isEmpty() ? null : codes.get(0);
  }

  /** For tests and the benchmark: the number of rows. */
  long count() {
    Long count = jdbc.queryForObject("SELECT COUNT(*) FROM read_log", Long.class);
    return count == null ? 0 : count;
  }

}
