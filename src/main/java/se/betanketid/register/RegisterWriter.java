package se.betanketid.register;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.betanketid.calendar.EngineTime;

/**
 * Writes what the engine does to a case into {@code case_file} and {@code case_task}, on the engine's own
 * connection and in its transaction (JdbcTemplate on the same DataSource; the engine runs in Spring-managed
 * transactions): when the engine's transaction rolls back, so do these rows. The derived fields (stage, next
 * task, children's figures) and the case's {@code case_fact} row are recomputed once per case and transaction,
 * just before it commits ({@link RegisterFacts}).
 */
@Component
class RegisterWriter {

  /** Variable name to column (of the row the variable's process instance belongs to). */
  private static final Map<String, String> COLUMNS = Map.ofEntries(
      Map.entry(RegisterNames.CASE_NUMBER, "case_number"),
      Map.entry(RegisterNames.APPLICANT_TYPE, "route"),
      Map.entry(RegisterNames.MUNICIPALITY_CODE, "municipality_code"),
      Map.entry(RegisterNames.POLICE_REGION, "police_region"),
      Map.entry(RegisterNames.VIA_REGIONAL_COORDINATOR, "via_coordinator"),
      Map.entry(RegisterNames.PERSON_SEX, "person_sex"),
      Map.entry(RegisterNames.EXPLOITATION_FORMS, "exploitation_forms"),
      Map.entry(RegisterNames.IDENTIFICATION_DATE, "identification_date"),
      Map.entry(RegisterNames.APPLICATION_DATE, "application_date"),
      Map.entry(RegisterNames.DECISION_DATE, "decision_date"),
      Map.entry(RegisterNames.VALID_UNTIL, "period_end"),
      Map.entry(RegisterNames.DECISION_RESULT, "decision_result"),
      Map.entry(RegisterNames.DECLINE_REASON, "decline_reason"),
      Map.entry(RegisterNames.REJECTION_REASON_CODE, "rejection_reason"),
      Map.entry(RegisterNames.APPLICATION_DECISION, "application_decision"),
      Map.entry(RegisterNames.APPLICATION_DECISION_DATE, "application_decision_date"),
      Map.entry(RegisterNames.CHILD_NUMBER, "child_number"),
      Map.entry(RegisterNames.COVERAGE_BASIS, "coverage_basis"),
      Map.entry(RegisterNames.CHILD_ESCALATION_OPEN, "escalation_open"),
      Map.entry(RegisterNames.COVERED_ON_ARRIVAL, "covered_on_arrival"));

  private final JdbcTemplate jdbc;
  private final RegisterFacts facts;
  /** What each running transaction (the engine's command) has done to the register; guarded by itself. */
  private final Map<CommandContext, Transaction> transactions = new WeakHashMap<>();
  private final ThreadLocal<Boolean> rebuilding = new ThreadLocal<>();

  /**
   * One transaction's part: the cases it changed ({@code touched}, refreshed once just before it commits), the
   * cases whose row it has locked, and the rows it has found or made ({@link #ensureRow}).
   */
  private record Transaction(Set<String> touched, Set<String> locked, Set<String> ensured) {

    Transaction() {
      this(new LinkedHashSet<>(), new HashSet<>(), new HashSet<>());
    }
  }

  RegisterWriter(JdbcTemplate jdbc, RegisterFacts facts) {
    this.jdbc = jdbc;
    this.facts = facts;
  }

  /** A process instance of a case started: its case's row, or a child's row, exists from now on. */
  void processStarted(String key, String instanceId, String rootId, Date started) {
    if (!RegisterNames.CASE_PROCESSES.contains(key)) {
      return;
    }
    lock(rootId);
    String rowId = rowOf(key, instanceId, rootId);
    ensureRow(rowId, rootId, key, started);
    touch(rootId);
  }

  /**
   * A rebuild found a case's route: the case opened when it started, whatever row a process of the case loaded
   * before it made (a child's escalation, the reflection period).
   */
  void routeFound(String rootId, Date started) {
    jdbc.update("UPDATE case_file SET opened_at = ? WHERE process_instance_id = ?", timestamp(started), rootId);
    touch(rootId);
  }

  /** A case's root instance or a child's instance ended: closed. */
  void processEnded(String key, String instanceId, String rootId, Date ended) {
    if (!RegisterNames.CASE_PROCESSES.contains(key)
        || !(instanceId.equals(rootId) || RegisterNames.CHILD_PROCESS.equals(key))) {
      return;
    }
    lock(rootId);
    ensureRow(instanceId, rootId, key, ended);
    jdbc.update("UPDATE case_file SET closed_at = ? WHERE process_instance_id = ?", timestamp(ended), instanceId);
    touch(rootId);
  }

  /**
   * A variable of a case's process was created or changed ({@code created}: it is new) at {@code at}: now when the
   * engine sets it, the variable's creation time when a rebuild replays it (so a breach keeps its own year).
   */
  void variable(String key, String instanceId, String rootId, String name, Object value, boolean created, Date at) {
    if (!RegisterNames.CASE_PROCESSES.contains(key) || !RegisterNames.VARIABLES.contains(name)) {
      return;
    }
    lock(rootId);
    String rowId = rowOf(key, instanceId, rootId);
    ensureRow(rowId, rootId, key, at);
    switch (name) {
      case RegisterNames.ESCALATION_KIND -> {
        if (created && value != null) {
          ensureRow(rootId, rootId, rootKey(key, instanceId, rootId), at);
          jdbc.update("UPDATE case_file SET breaches = CASE WHEN breaches IS NULL"
              + " THEN CAST(? AS VARCHAR(100)) ELSE breaches || ',' || CAST(? AS VARCHAR(100)) END"
              + " WHERE process_instance_id = ? AND (breaches IS NULL OR LENGTH(breaches) < 900)",
              breach(value, at), breach(value, at), rootId);
        }
      }
      case RegisterNames.PERSON_BIRTH_DATE -> {
        LocalDate identified = jdbc.queryForObject("SELECT identification_date FROM case_file"
            + " WHERE process_instance_id = ?", LocalDate.class, rowId);
        set(rowId, "age_band", RegisterValues.ageBand(RegisterValues.day(value),
            identified == null ? EngineTime.toLocalDate(at) : identified));
      }
      case RegisterNames.OUTCOME -> jdbc.update("UPDATE case_file SET outcome = ?, outcome_recorded ="
          + " COALESCE(outcome_recorded, ?) WHERE process_instance_id = ?",
          RegisterValues.fit(RegisterValues.text(value), 64),
          EngineTime.toLocalDate(at), rowId);
      case RegisterNames.CHILD_COVERED -> jdbc.update("UPDATE case_file SET covered = ?, covered_on_arrival ="
          + " COALESCE(covered_on_arrival, ?) WHERE process_instance_id = ?", RegisterValues.bool(value),
          RegisterValues.bool(value), rowId);
      case RegisterNames.CASE_NUMBER -> {
        set(rowId, "case_number", RegisterValues.text(value));
        if (!rowId.equals(rootId)) {
          set(rowId, "parent_case_number", RegisterValues.text(value));
        }
      }
      default -> set(rowId, COLUMNS.get(name), convert(name, value));
    }
    touch(rootId);
  }

  /** A breach as case_file.breaches keeps it: its escalation kind and the year it happened ("KIND@2026"). */
  private static String breach(Object kind, Date at) {
    return RegisterValues.fit(kind.toString(), 40) + "@" + EngineTime.toLocalDate(at).getYear();
  }

  /** A user task of a case was created, or its assignee or due date changed. */
  void taskSaved(TaskRow task) {
    if (!RegisterNames.CASE_PROCESSES.contains(task.processKey())) {
      return;
    }
    lock(task.caseId());
    String name = RegisterValues.fit(task.name(), 200);
    String holder = RegisterValues.fit(task.holder(), 100);
    int updated = jdbc.update("UPDATE case_task SET holder = ?, due = ?, name = ? WHERE task_id = ?", holder,
        timestamp(task.due()), name, task.taskId());
    if (updated == 0) {
      jdbc.update("INSERT INTO case_task (task_id, case_id, process_instance_id, task_key, name, holder, due,"
          + " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", task.taskId(), task.caseId(), task.processInstanceId(),
          RegisterValues.fit(task.taskKey(), 100), name, holder, timestamp(task.due()), timestamp(task.created()));
    }
    touch(task.caseId());
  }

  /** A user task of a case was completed or deleted. */
  void taskGone(String taskId, String caseId) {
    lock(caseId);
    if (jdbc.update("DELETE FROM case_task WHERE task_id = ?", taskId) > 0) {
      touch(caseId);
    }
  }

  /**
   * Before this transaction's first write to a case: locks the case's own row, so that transactions on one case
   * (two children's tasks done at once) take the case's rows one after the other and never in opposite order.
   */
  private void lock(String caseId) {
    CommandContext command = Context.getCommandContext();
    if (command == null) {
      return;
    }
    boolean first;
    synchronized (transactions) {
      first = transactionOf(command).locked().add(caseId);
    }
    if (first) {
      jdbc.queryForList("SELECT process_instance_id FROM case_file WHERE process_instance_id = ? FOR UPDATE",
          String.class, caseId);
    }
  }

  /** The row a process instance's data goes to: a child's own, else its case's. */
  private static String rowOf(String key, String instanceId, String rootId) {
    return RegisterNames.CHILD_PROCESS.equals(key) ? instanceId : rootId;
  }

  private static String rootKey(String key, String instanceId, String rootId) {
    return instanceId.equals(rootId) ? key : RegisterNames.REFLECTION_PERIOD_PROCESS;
  }

  private void ensureRow(String rowId, String caseId, String key, Date opened) {
    CommandContext command = Context.getCommandContext();
    if (command != null) {
      synchronized (transactions) {
        if (!transactionOf(command).ensured().add(rowId)) {
          return; // this transaction found or made the row already
        }
      }
    }
    Integer rows = jdbc.queryForObject("SELECT COUNT(*) FROM case_file WHERE process_instance_id = ?",
        Integer.class, rowId);
    if (rows != null && rows == 0) {
      boolean child = RegisterNames.CHILD_PROCESS.equals(key);
      jdbc.update("INSERT INTO case_file (process_instance_id, case_id, kind, stage, opened_at) VALUES (?, ?, ?, ?, ?)",
          rowId, caseId, child ? RegisterNames.CHILD : RegisterNames.CASE, Stages.WAITING, timestamp(opened));
    }
  }

  /** The widths of case_file's text columns (V1__case_register.sql). */
  private static final Map<String, Integer> WIDTHS = Map.ofEntries(Map.entry("case_number", 32),
      Map.entry("parent_case_number", 32), Map.entry("route", 32), Map.entry("municipality_code", 8),
      Map.entry("police_region", 32), Map.entry("decision_result", 32), Map.entry("decline_reason", 64),
      Map.entry("rejection_reason", 64),
      Map.entry("application_decision", 32),
      Map.entry("coverage_basis", 64), Map.entry("person_sex", 16), Map.entry("age_band", 16),
      Map.entry("exploitation_forms", 200), Map.entry("outcome", 64));

  private void set(String rowId, String column, Object value) {
    Object fitted = value instanceof String text && WIDTHS.containsKey(column)
        ? RegisterValues.fit(text, WIDTHS.get(column)) : value;
    jdbc.update("UPDATE case_file SET " + column + " = ? WHERE process_instance_id = ?", fitted, rowId);
  }

  private static Object convert(String name, Object value) {
    return switch (name) {
      case RegisterNames.IDENTIFICATION_DATE, RegisterNames.APPLICATION_DATE, RegisterNames.DECISION_DATE,
          RegisterNames.VALID_UNTIL, RegisterNames.APPLICATION_DECISION_DATE -> RegisterValues.day(value);
      case RegisterNames.VIA_REGIONAL_COORDINATOR, RegisterNames.CHILD_ESCALATION_OPEN,
          RegisterNames.COVERED_ON_ARRIVAL -> RegisterValues.bool(value);
      case RegisterNames.CHILD_NUMBER -> RegisterValues.number(value);
      case RegisterNames.EXPLOITATION_FORMS -> RegisterValues.codes(value);
      default -> RegisterValues.text(value);
    };
  }

  /**
   * Runs the work without refreshing the cases it touches (outside the engine's commands: the rebuild, which
   * refreshes every case once at its end).
   */
  void deferringRefresh(Runnable work) {
    rebuilding.set(Boolean.TRUE);
    try {
      work.run();
    } finally {
      rebuilding.remove();
    }
  }

  /** Marks the case for its refresh before this transaction commits (at once outside a command). */
  void touch(String caseId) {
    CommandContext command = Context.getCommandContext();
    if (command == null) {
      if (rebuilding.get() == null) {
        facts.refresh(caseId);
      }
      return;
    }
    boolean first;
    Set<String> cases;
    synchronized (transactions) {
      cases = transactionOf(command).touched();
      first = cases.isEmpty();
      cases.add(caseId);
    }
    if (first) {
      command.getTransactionContext().addTransactionListener(TransactionState.COMMITTING, committing -> {
        List<String> toRefresh;
        synchronized (transactions) {
          toRefresh = new ArrayList<>(cases);
          cases.clear();
        }
        toRefresh.forEach(facts::refresh);
      });
    }
  }

  /** The command's part, made at its first use; the caller holds {@code transactions}' lock. */
  private Transaction transactionOf(CommandContext command) {
    return transactions.computeIfAbsent(command, c -> new Transaction());
  }

  private static Timestamp timestamp(Date date) {
    return date == null ? null : new Timestamp(date.getTime());
  }

  /** An open user task of a case, as the register keeps it. */
  record TaskRow(String taskId, String caseId, String processInstanceId, String processKey, String taskKey,
      String name, String holder, Date due, Date created) {}
}
