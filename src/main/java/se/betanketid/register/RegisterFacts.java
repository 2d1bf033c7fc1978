package se.betanketid.register;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.betanketid.calendar.EngineTime;
import se.betanketid.casefile.RejectionReason;

/**
 * Recomputes what the register derives for one case: each row's stage, next task and next deadline (from the
 * open tasks), the case's children's figures, and its anonymous {@code case_fact} rows, and what they add to the
 * statistics' sums ({@link FactSums}). Locks the case's rows first, so that two transactions on one case refresh
 * one after the other.
 */
@Component
record RegisterFacts(JdbcTemplate jdbc, FactSums sums) {

  void refresh(String caseId) {
    refresh(caseId, true);
  }

  /**
   * {@code keepSums} false: the statistics' sums are left as they are (the rebuild, which makes them again from
   * all facts at its end).
   */
  void refresh(String caseId, boolean keepSums) {
    List<Map<String, Object>> rows = jdbc.queryForList("SELECT * FROM case_file WHERE case_id = ? FOR UPDATE", caseId);
    List<Task> tasks = jdbc.query("SELECT task_id, process_instance_id, task_key, name, holder, due, created_at"
        + " FROM case_task WHERE case_id = ?", (rs, i) -> new Task(rs.getString(2), rs.getString(3), rs.getString(4),
        rs.getString(5), rs.getTimestamp(6), rs.getTimestamp(7)), caseId);
    List<String> children = rows.stream().filter(row -> RegisterNames.CHILD.equals(row.get("kind")))
        .map(row -> (String) row.get("process_instance_id")).toList();
    Map<String, Object> caseRow = null;
    int uncovered = 0;
    for (Map<String, Object> row : rows) {
      String id = (String) row.get("process_instance_id");
      boolean child = RegisterNames.CHILD.equals(row.get("kind"));
      List<Task> own = tasks.stream().filter(task -> child ? task.instanceId().equals(id)
          : !children.contains(task.instanceId())).toList();
      List<Task> ahead = child ? own : tasks; // a case's next deadline may be a child's
      boolean closed = row.get("closed_at") != null;
      LocalDate end = RegisterValues.day(row.get("period_end"));
      boolean inPeriod = "granted".equals(row.get("decision_result")) && end != null
          && !end.isBefore(EngineTime.today());
      String stage = Stages.of(own.stream().map(Task::key).toList(), own.stream().map(Task::name).toList(), closed,
          inPeriod);
      Task next = closed ? null : ahead.stream().min(Task.NEXT).orElse(null);
      List<Object> derived = Arrays.asList(RegisterValues.fit(stage, 100), next == null ? null : next.holder(),
          next == null ? null : next.due(), next == null ? null
              : RegisterValues.fit(Stages.withoutCaseNumber(next.name()), 200));
      if (!derived.equals(Arrays.asList(row.get("stage"), row.get("next_holder"), row.get("next_deadline"),
          row.get("next_deadline_what")))) {
        jdbc.update("UPDATE case_file SET stage = ?, next_holder = ?, next_deadline = ?, next_deadline_what = ?"
            + " WHERE process_instance_id = ?", derived.get(0), derived.get(1), derived.get(2), derived.get(3), id);
      }
      if (child && isUncovered(row)) {
        uncovered++;
      }
      if (!child && id.equals(caseId)) {
        caseRow = row;
      }
    }
    if (caseRow == null) {
      return;
    }
    if (!Arrays.asList(children.size(), uncovered).equals(Arrays.asList(FactSums.normal(caseRow.get("children_count")),
        FactSums.normal(caseRow.get("children_uncovered"))))) {
      jdbc.update("UPDATE case_file SET children_count = ?, children_uncovered = ? WHERE process_instance_id = ?",
          children.size(), uncovered, caseId);
    }
    writeFact(caseRow, rows.stream().filter(row -> RegisterNames.CHILD.equals(row.get("kind"))).toList(), keepSums);
  }

  /** Still without a residence basis ({@link UncoveredChild}). */
  static boolean isUncovered(Map<String, Object> child) {
    return UncoveredChild.is(child.get("closed_at"), (Boolean) child.get("covered"),
        (Boolean) child.get("escalation_open"));
  }

  private void writeFact(Map<String, Object> row, List<Map<String, Object>> children, boolean keepSums) {
    String factId = (String) row.get("fact_id");
    if (factId == null) {
      factId = UUID.randomUUID().toString();
      jdbc.update("UPDATE case_file SET fact_id = ? WHERE process_instance_id = ?", factId,
          row.get("process_instance_id"));
    }
    LocalDate opened = EngineTime.toLocalDate(row.get("opened_at"));
    LocalDate closed = row.get("closed_at") == null ? null : EngineTime.toLocalDate(row.get("closed_at"));
    LocalDate identified = RegisterValues.day(row.get("identification_date"));
    LocalDate applied = RegisterValues.day(row.get("application_date"));
    LocalDate decided = RegisterValues.day(row.get("decision_date"));
    LocalDate outcome = RegisterValues.day(row.get("outcome_recorded"));
    LocalDate boardDecided = RegisterValues.day(row.get("application_decision_date"));
    String forms = (String) row.get("exploitation_forms");
    String category = forms == null ? null
        : se.betanketid.casefile.ExploitationForm.categoryOf(List.of(forms.split(",")));
    int arrival = 0;
    int later = 0;
    int left = 0;
    int still = 0;
    for (Map<String, Object> child : children) {
      if (Boolean.FALSE.equals(child.get("covered_on_arrival"))) {
        arrival++;
        if (RegisterNames.LEFT_SWEDEN.equals(child.get("coverage_basis"))) {
          left++;
        } else if (Boolean.TRUE.equals(child.get("covered"))) {
          later++;
        } else if (isUncovered(child)) {
          still++;
        }
      }
    }
    List<String> entries = row.get("breaches") == null ? List.of()
        : List.of(((String) row.get("breaches")).split(","));
    List<String> breaches = entries.stream().map(RegisterFacts::kindOf).toList();
    List<Object> values = new ArrayList<>(List.of(factId, opened.getYear()));
    values.addAll(java.util.Arrays.asList(year(identified), year(applied), year(decided), year(outcome),
        year(closed), row.get("municipality_code"), row.get("police_region"), row.get("route"),
        row.get("via_coordinator"), row.get("person_sex"), row.get("age_band"), forms, category,
        row.get("decision_result"), row.get("decline_reason"), row.get("outcome"), days(identified, applied),
        days(applied, decided), days(opened, closed), children.size(), arrival, later, left, still,
        count(breaches, "ADVICE_OVERDUE"), count(breaches, "APPLICATION_OVERDUE"),
        count(breaches, "DECISION_OVERDUE"), count(breaches, "NEXT_STEP_OVERDUE"),
        count(breaches, "PROTECTION_ASSESSMENT_OVERDUE"), count(breaches, "CHILD_BASIS_OVERDUE"),
        count(breaches, "CHILD_INVESTIGATION_OVERDUE"), closed != null, row.get("application_decision"),
        year(boardDecided), RejectionReason.of(row.get("rejection_reason")).map(RejectionReason::code).orElse(null)));
    Map<String, Object> fact = new LinkedHashMap<>();
    for (int i = 0; i < FACT_COLUMNS.size(); i++) {
      fact.put(FACT_COLUMNS.get(i), FactSums.normal(values.get(i)));
    }
    List<Map<String, Object>> childRows = children.stream().map(child -> childRow(child)).toList();
    List<Map<String, Object>> breachRows = breachRows(opened.getYear(), entries);
    Stored stored = stored(factId);
    if (stored.is(fact, childRows, breachRows)) {
      return; // the facts as they stand: nothing to write, the sums stay
    }
    jdbc.update("DELETE FROM case_fact WHERE fact_id = ?", factId);
    writeChildrenAndBreaches(factId, childRows, breachRows);
    jdbc.update("INSERT INTO case_fact (" + String.join(", ", FACT_COLUMNS) + ") VALUES ("
        + String.join(", ", java.util.Collections.nCopies(FACT_COLUMNS.size(), "?")) + ")", values.toArray());
    if (keepSums) {
      // the old contribution from the rows just replaced, read in this transaction under the case's lock
      sums.change(stored.contribution(), FactSums.of(fact, childRows, breachRows));
    }
  }

  /** case_fact's columns, in the order {@link #writeFact} gives their values. */
  private static final List<String> FACT_COLUMNS = List.of("fact_id", "opened_year", "identification_year",
      "application_year", "decision_year", "outcome_year", "closed_year", "municipality_code", "police_region",
      "route", "via_coordinator", "sex", "age_band", "exploitation_forms", "exploitation_category",
      "decision_result", "decline_reason", "outcome", "days_to_application", "days_to_decision", "days_open",
      "children", "children_uncovered_arrival", "children_later_covered", "children_left_sweden",
      "children_still_uncovered", "breaches_advice", "breaches_application", "breaches_decision",
      "breaches_next_step", "breaches_child_protection", "breaches_child_basis", "breaches_child_investigation",
      "closed", "application_decision", "application_decision_year", "rejection_reason");

  private static final List<String> CHILD_COLUMNS = List.of("registered_year", "running", "covered",
      "covered_on_arrival", "coverage_basis", "escalation_open");

  private static final List<String> BREACH_COLUMNS = List.of("breach_year", "kind", "breaches");

  /** A child's case_fact_child row, keyed by column. */
  private static Map<String, Object> childRow(Map<String, Object> child) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("registered_year", EngineTime.toLocalDate(child.get("opened_at")).getYear());
    row.put("running", child.get("closed_at") == null);
    row.put("covered", child.get("covered"));
    row.put("covered_on_arrival", child.get("covered_on_arrival"));
    row.put("coverage_basis", child.get("coverage_basis"));
    row.put("escalation_open", child.get("escalation_open"));
    row.replaceAll((column, value) -> FactSums.normal(value));
    return row;
  }

  /** The case's case_fact_breach rows: its breaches counted by year and kind. */
  private static List<Map<String, Object>> breachRows(int openedYear, List<String> breaches) {
    Map<String, Integer> counts = new java.util.TreeMap<>();
    // an entry written before V3 has no year: it counts in the year the case opened
    breaches.forEach(entry -> counts.merge(yearOf(entry, openedYear) + "@" + kindOf(entry), 1, Integer::sum));
    List<Map<String, Object>> rows = new ArrayList<>();
    counts.forEach((key, n) -> {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("breach_year", Integer.parseInt(key.substring(0, key.indexOf('@'))));
      row.put("kind", key.substring(key.indexOf('@') + 1));
      row.put("breaches", n);
      rows.add(row);
    });
    return rows;
  }

  /** The case's fact rows as stored now (none: a case not yet counted). */
  private Stored stored(String factId) {
    List<Map<String, Object>> fact = jdbc.queryForList("SELECT " + String.join(", ", FACT_COLUMNS)
        + " FROM case_fact WHERE fact_id = ?", factId);
    if (fact.isEmpty()) {
      return new Stored(null, List.of(), List.of());
    }
    return new Stored(normal(fact.get(0), FACT_COLUMNS),
        jdbc.queryForList("SELECT " + String.join(", ", CHILD_COLUMNS) + " FROM case_fact_child WHERE fact_id = ?",
            factId).stream().map(row -> normal(row, CHILD_COLUMNS)).toList(),
        jdbc.queryForList("SELECT " + String.join(", ", BREACH_COLUMNS)
            + " FROM case_fact_breach WHERE fact_id = ?", factId).stream().map(row -> normal(row, BREACH_COLUMNS))
            .toList());
  }

  /** A row read back, keyed by the lower-case column names (H2 answers in upper case), values as written. */
  private static Map<String, Object> normal(Map<String, Object> row, List<String> columns) {
    Map<String, Object> normal = new LinkedHashMap<>();
    for (String column : columns) {
      normal.put(column, FactSums.normal(row.get(column))); // the JdbcTemplate's map ignores the names' case
    }
    return normal;
  }

  /** A case's fact rows as stored ({@code fact} null: none). */
  private record Stored(Map<String, Object> fact, List<Map<String, Object>> children,
      List<Map<String, Object>> breaches) {

    boolean is(Map<String, Object> fact, List<Map<String, Object>> children, List<Map<String, Object>> breaches) {
      return fact.equals(this.fact) && counted(children).equals(counted(this.children))
          && counted(breaches).equals(counted(this.breaches));
    }

    Map<FactSums.Group, Long> contribution() {
      return fact == null ? Map.of() : FactSums.of(fact, children, breaches);
    }

    private static Map<Map<String, Object>, Long> counted(List<Map<String, Object>> rows) {
      Map<Map<String, Object>, Long> counted = new java.util.HashMap<>();
      rows.forEach(row -> counted.merge(row, 1L, Long::sum));
      return counted;
    }
  }

  /** The anonymous rows beside case_fact: each child by the year it was registered, breaches by year and kind. */
  private void writeChildrenAndBreaches(String factId, List<Map<String, Object>> children,
      List<Map<String, Object>> breaches) {
    jdbc.update("DELETE FROM case_fact_child WHERE fact_id = ?", factId);
    jdbc.update("DELETE FROM case_fact_breach WHERE fact_id = ?", factId);
    for (Map<String, Object> child : children) {
      List<Object> values = new ArrayList<>(List.of(factId));
      values.addAll(child.values());
      jdbc.update("INSERT INTO case_fact_child (fact_id, " + String.join(", ", CHILD_COLUMNS)
          + ") VALUES (?, ?, ?, ?, ?, ?, ?)", values.toArray());
    }
    for (Map<String, Object> breach : breaches) {
      jdbc.update("INSERT INTO case_fact_breach (fact_id, breach_year, kind, breaches) VALUES (?, ?, ?, ?)", factId,
          breach.get("breach_year"), breach.get("kind"), breach.get("breaches"));
    }
  }

  private static String kindOf(String entry) {
    int at = entry.indexOf('@');
    return at < 0 ? entry : entry.substring(0, at);
  }

  private static int yearOf(String entry, int otherwise) {
    int at = entry.indexOf('@');
    try {
      return at < 0 ? otherwise : Integer.parseInt(entry.substring(at + 1));
    } catch (NumberFormatException malformed) {
      return otherwise;
    }
  }

  private static Integer year(LocalDate day) {
    return day == null ? null : day.getYear();
  }

  private static Integer days(LocalDate from, LocalDate to) {
    return from == null || to == null ? null : (int) ChronoUnit.DAYS.between(from, to);
  }

  private static int count(List<String> breaches, String kind) {
    return (int) breaches.stream().filter(kind::equals).count();
  }

  private record Task(String instanceId, String key, String name, String holder, Timestamp due, Timestamp created) {
    static final Comparator<Task> NEXT = Comparator.comparing(Task::due, Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(Task::created, Comparator.nullsLast(Comparator.naturalOrder()));
  }
}
