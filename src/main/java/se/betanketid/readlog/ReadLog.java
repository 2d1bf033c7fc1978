package se.betanketid.readlog;

import jakarta.annotation.PreDestroy;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.betanketid.calendar.EngineTime;

/**
 * Writes the read log (table {@code read_log}, V5): one row per request, case and channel. Reads through the engine
 * (Tasklist, Cockpit, the REST API) arrive from {@link ReadLogInterceptor}; our own pages and documents call
 * {@link #caseRead} themselves. A read is stamped when it happens and queued; a writer thread maps the process
 * instances to their cases and inserts the rows in one batch every {@code betanketid.read-log.flush-interval}
 * (default 200 ms), and the rest when the application stops, so that a read costs its request next to nothing
 * (ReadLogBenchmark). Reading the log ({@link ReadLogQuery}) writes what is queued first. Rows are only ever inserted
 * here; {@link ReadLogRetention} is the only delete.
 */
@Component
public class ReadLog {

  private static final Logger LOG = LoggerFactory.getLogger(ReadLog.class);

  /** The case a process instance belongs to, and the case's municipality. */
  record CaseOf(String caseNumber, String municipalityCode) {}

  /** A read as it happened: of process instances (through the engine) or of one case (our pages). */
  private record Pending(long request, Timestamp at, String userId, String client, Collection<String> instanceIds,
      String caseNumber, Channel channel, boolean breakGlass, String reason) {}

  private static final String INSERT = "INSERT INTO read_log (read_at, user_id, case_number, municipality_code,"
      + " channel, client, break_glass, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
  /** An instance of a case (the route, a called process, a child) to the case's row: via its root instance. */
  private static final String CASES_OF_INSTANCES = "SELECT p.ID_, c.case_number, c.municipality_code"
      + " FROM ACT_HI_PROCINST p JOIN case_file f ON f.process_instance_id = p.ROOT_PROC_INST_ID_"
      + " JOIN case_file c ON c.process_instance_id = f.case_id WHERE p.ID_ IN (%s)";
  private static final int CHUNK = 500;
  private static final int KNOWN_INSTANCES = 20_000;

  /** Reads outside any request: each its own. */
  private static final AtomicLong UNREQUESTED = new AtomicLong(-1);

  private final JdbcTemplate jdbc;
  private final ConcurrentLinkedQueue<Pending> pending = new ConcurrentLinkedQueue<>();
  /** Process instance to its case (empty: no case's), kept: an instance never changes its case. */
  private final Map<String, Optional<CaseOf>> known = Collections.synchronizedMap(
      new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Optional<CaseOf>> eldest) {
          return size() > KNOWN_INSTANCES;
        }
      });
  private final ScheduledExecutorService writer;

  ReadLog(JdbcTemplate jdbc, @Value("${betanketid.read-log.flush-interval:PT0.2S}") Duration interval) {
    this.jdbc = jdbc;
    this.writer = Executors.newSingleThreadScheduledExecutor(runnable -> {
      Thread thread = new Thread(runnable, "read-log-writer");
      thread.setDaemon(true);
      return thread;
    });
    writer.scheduleWithFixedDelay(this::flushQuietly, interval.toMillis(), interval.toMillis(),
        TimeUnit.MILLISECONDS);
  }

  /** A read of the case's data by a person through one of our own pages, APIs or documents. */
  public void caseRead(String userId, String caseNumber, Channel channel) {
    queue(userId, null, caseNumber, channel, false, null);
  }

  /** A break-glass read (nödåtkomst): marked, with the reason the person gave. */
  void breakGlassRead(String userId, String caseNumber, Channel channel, String reason) {
    queue(userId, null, caseNumber, channel, true, reason);
  }

  /** The engine let a person read variables or history of these process instances; those of cases are logged. */
  void instancesRead(String userId, Collection<String> processInstanceIds, Channel channel) {
    queue(userId, List.copyOf(processInstanceIds), null, channel, false, null);
  }

  private void queue(String userId, Collection<String> instanceIds, String caseNumber, Channel channel,
      boolean breakGlass, String reason) {
    Optional<ReadContext> context = ReadContext.current();
    pending.add(new Pending(context.map(ReadContext::id).orElseGet(UNREQUESTED::getAndDecrement),
        new Timestamp(EngineTime.now().getTime()), userId, context.map(ReadContext::client)
        .orElse(ReadContext.IN_PROCESS), instanceIds, caseNumber, channel, breakGlass, reason));
  }

  /** Writes every queued read now (the writer thread does it every few hundred milliseconds). */
  public synchronized void flush() {
    List<Pending> reads = new ArrayList<>();
    for (Pending read = pending.poll(); read != null; read = pending.poll()) {
      reads.add(read);
    }
    if (reads.isEmpty()) {
      return;
    }
    try {
      write(reads);
    } catch (RuntimeException failed) {
      pending.addAll(reads);
      throw failed;
    }
  }

  private void write(List<Pending> reads) {
    resolveInstances(reads);
    Map<String, String> municipalities = municipalitiesOf(reads);
    Set<String> logged = new HashSet<>();
    List<Object[]> rows = new ArrayList<>();
    for (Pending read : reads) {
      List<CaseOf> cases = new ArrayList<>();
      if (read.caseNumber() != null) {
        cases.add(new CaseOf(read.caseNumber(), municipalities.get(read.caseNumber())));
      } else {
        read.instanceIds().forEach(id -> known.getOrDefault(id, Optional.empty()).ifPresent(cases::add));
      }
      for (CaseOf read1 : cases) {
        if (read1.caseNumber() != null && logged.add(read.request() + "|" + read1.caseNumber() + "|"
            + read.channel() + "|" + read.breakGlass())) {
          rows.add(new Object[] {read.at(), read.userId(), read1.caseNumber(), read1.municipalityCode(),
              read.channel().name(), read.client(), read.breakGlass(), read.reason()});
        }
      }
    }
    if (!rows.isEmpty()) {
      jdbc.batchUpdate(INSERT, rows);
    }
  }

  private void resolveInstances(List<Pending> reads) {
    List<String> unknown = reads.stream().filter(read -> read.instanceIds() != null)
        .flatMap(read -> read.instanceIds().stream()).filter(id -> !known.containsKey(id)).distinct().toList();
    for (int i = 0; i < unknown.size(); i += CHUNK) {
      List<String> chunk = unknown.subList(i, Math.min(i + CHUNK, unknown.size()));
      Map<String, Optional<CaseOf>> found = new HashMap<>();
      chunk.forEach(id -> found.put(id, Optional.empty()));
      jdbc.query(String.format(CASES_OF_INSTANCES, String.join(",", Collections.nCopies(chunk.size(), "?"))),
          row -> {
            found.put(row.getString(1), Optional.of(new CaseOf(row.getString(2), row.getString(3))));
          }, chunk.toArray());
      known.putAll(found);
    }
  }

  private Map<String, String> municipalitiesOf(List<Pending> reads) {
    List<String> numbers = reads.stream().map(Pending::caseNumber).filter(java.util.Objects::nonNull).distinct()
        .toList();
    Map<String, String> municipalities = new HashMap<>();
    for (int i = 0; i < numbers.size(); i += CHUNK) {
      List<String> chunk = numbers.subList(i, Math.min(i + CHUNK, numbers.size()));
      jdbc.query("SELECT case_number, municipality_code FROM case_file WHERE kind = 'case' AND case_number IN ("
          + String.join(",", Collections.nCopies(chunk.size(), "?")) + ")",
          row -> {
            municipalities.put(row.getString(1), row.getString(2));
          }, chunk.toArray());
    }
    return municipalities;
  }

  private void flushQuietly() {
    try {
      flush();
    } catch (RuntimeException failed) {
      LOG.warn("The read log could not be written ({} reads waiting); retried", pending.size(), failed);
    }
  }

  @PreDestroy
  void stop() {
    writer.shutdown();
    flushQuietly();
  }
}
