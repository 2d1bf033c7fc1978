package se.betanketid.register;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The sums of the anonymous facts that the yearly table reads ({@code fact_sum_*}, V7__fact_sums.sql): the facts
 * grouped by the fields the table counts, each group with its number of facts. Kept in the transaction that
 * changes the facts: a case's old contribution is taken away and its new one added ({@link #change}), so the
 * statistics read a few hundred rows whatever the number of cases. Concurrency: a change adds to a group's row
 * with {@code n = n + ?} (two cases committing at once are applied one after the other by the row's lock, none
 * lost), rows taken in the order of their ids (no deadlock between two cases); a group without a row gets a new
 * one, and when two transactions add the same new group at once each inserts its own: the readers add a group's
 * rows up. The groups' definitions are here only; the statistics read the columns ({@code statistics.FactYears}).
 */
@Component
class FactSums {

  /**
   * One sum table: the grouped fields (as selected from the facts: {@code f} is case_fact), where they come from,
   * and what n counts.
   */
  record Sum(String table, List<String> fields, String from, String count) {

    /** The sum table's columns: the fields without their table's alias. */
    List<String> columns() {
      return fields.stream().map(field -> field.substring(field.indexOf('.') + 1)).toList();
    }

    String grouped(String where) {
      String fieldList = String.join(", ", fields);
      return "SELECT " + fieldList + ", " + count + " FROM " + from + " WHERE " + where + " GROUP BY " + fieldList;
    }
  }

  static final List<Sum> SUMS = List.of(
      new Sum("fact_sum_case", List.of("f.application_year", "f.decision_year", "f.outcome_year",
          "f.application_decision_year", "f.municipality_code", "f.police_region", "f.route", "f.via_coordinator",
          "f.sex", "f.exploitation_forms", "f.decision_result", "f.application_decision", "f.decline_reason",
          "f.outcome", "f.rejection_reason"), "case_fact f", "COUNT(*)"),
      new Sum("fact_sum_application_days", List.of("f.application_year", "f.municipality_code", "f.police_region",
          "f.days_to_application"), "case_fact f", "COUNT(*)"),
      new Sum("fact_sum_decision_days", List.of("f.decision_year", "f.municipality_code", "f.police_region",
          "f.decision_result", "f.days_to_decision"), "case_fact f", "COUNT(*)"),
      new Sum("fact_sum_child", List.of("f.municipality_code", "f.police_region", "c.registered_year", "c.running",
          "c.covered", "c.coverage_basis", "c.escalation_open", "c.covered_on_arrival"),
          "case_fact_child c JOIN case_fact f ON f.fact_id = c.fact_id", "COUNT(*)"),
      new Sum("fact_sum_breach", List.of("f.municipality_code", "f.police_region", "b.breach_year", "b.kind"),
          "case_fact_breach b JOIN case_fact f ON f.fact_id = b.fact_id", "SUM(b.breaches)"));

  /** A group of one sum table: the table's index in {@link #SUMS} and the group's field values. */
  record Group(int sum, List<Object> values) {}

  private final JdbcTemplate jdbc;

  FactSums(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** What one case's facts (case_fact, its children's and its breaches' rows) add to the sums now. */
  Map<Group, Long> of(String factId) {
    return grouped("f.fact_id = ?", factId);
  }

  /**
   * What one case's facts add to the sums, from its rows as they are (or are about to be) written, keyed by column
   * ({@code fact} its case_fact row, {@code children} its case_fact_child rows, {@code breaches} its
   * case_fact_breach rows): the same groups as {@link #of} reads from the database, without reading it.
   */
  static Map<Group, Long> of(Map<String, Object> fact, List<Map<String, Object>> children,
      List<Map<String, Object>> breaches) {
    Map<Group, Long> groups = new HashMap<>();
    for (int i = 0; i < SUMS.size(); i++) {
      Sum sum = SUMS.get(i);
      boolean perChild = sum.fields().stream().anyMatch(field -> field.startsWith("c."));
      boolean perBreach = sum.fields().stream().anyMatch(field -> field.startsWith("b."));
      List<Map<String, Object>> rows = perChild ? children : perBreach ? breaches : List.of(fact);
      for (Map<String, Object> row : rows) {
        List<Object> values = new ArrayList<>(sum.fields().size());
        for (String field : sum.fields()) {
          String column = field.substring(field.indexOf('.') + 1);
          values.add(normal(field.startsWith("f.") ? fact.get(column) : row.get(column)));
        }
        long n = perBreach ? ((Number) row.get("breaches")).longValue() : 1;
        groups.merge(new Group(i, values), n, Long::sum);
      }
    }
    groups.values().removeIf(n -> n == 0);
    return groups;
  }

  /** A value as a group holds it (as {@link #values} reads it from a row). */
  static Object normal(Object value) {
    return value instanceof Number number && !(value instanceof Integer) ? number.intValue() : value;
  }

  /** What the facts of cases closed before this year add to the sums (the facts' retention deletes them). */
  Map<Group, Long> closedBefore(int year) {
    return grouped("f.closed_year IS NOT NULL AND f.closed_year < ?", year);
  }

  /** Adds {@code after} and takes away {@code before} (a case's contributions before and after its change). */
  void change(Map<Group, Long> before, Map<Group, Long> after) {
    Map<Group, Long> delta = new HashMap<>(after);
    before.forEach((group, n) -> delta.merge(group, -n, Long::sum));
    delta.values().removeIf(n -> n == 0);
    if (delta.isEmpty()) {
      return;
    }
    List<Change> changes = new ArrayList<>();
    delta.forEach((group, n) -> changes.add(new Change(group, rowOf(group), n)));
    changes.sort(Comparator.comparingInt((Change c) -> c.group().sum())
        .thenComparing(Change::row, Comparator.nullsLast(Comparator.naturalOrder())));
    for (Change change : changes) {
      Sum sum = SUMS.get(change.group().sum());
      if (change.row() == null || jdbc.update("UPDATE " + sum.table() + " SET n = n + ? WHERE id = ?",
          change.n(), change.row()) == 0) {
        List<Object> values = new ArrayList<>(change.group().values());
        values.add(change.n());
        jdbc.update("INSERT INTO " + sum.table() + " (" + String.join(", ", sum.columns()) + ", n) VALUES ("
            + "?, ".repeat(sum.columns().size()) + "?)", values.toArray());
      }
    }
  }

  /** Takes away what these facts add (before they are deleted). */
  void remove(Map<Group, Long> contribution) {
    change(contribution, Map.of());
  }

  /** The sums made again from the facts (the rebuild, in its transaction). */
  void recompute() {
    for (Sum sum : SUMS) {
      jdbc.update("DELETE FROM " + sum.table());
      jdbc.update("INSERT INTO " + sum.table() + " (" + String.join(", ", sum.columns()) + ", n) "
          + sum.grouped("1 = 1"));
    }
  }

  /** Where the sums and the facts disagree (the groups, no more), empty when they agree. */
  List<String> differences() {
    Map<Group, Long> facts = grouped("1 = 1");
    Map<Group, Long> sums = new HashMap<>();
    for (int i = 0; i < SUMS.size(); i++) {
      Sum sum = SUMS.get(i);
      String columns = String.join(", ", sum.columns());
      int index = i;
      jdbc.query("SELECT " + columns + ", SUM(n) FROM " + sum.table() + " GROUP BY " + columns
          + " HAVING SUM(n) <> 0", rs -> {
            sums.put(new Group(index, values(rs, sum.columns().size())), rs.getLong(sum.columns().size() + 1));
          });
    }
    List<String> differences = new ArrayList<>();
    facts.forEach((group, n) -> {
      if (!n.equals(sums.get(group))) {
        differences.add(SUMS.get(group.sum()).table() + " " + group.values() + ": " + sums.get(group)
            + " in the sums, " + n + " in the facts");
      }
    });
    sums.keySet().stream().filter(group -> !facts.containsKey(group)).forEach(group -> differences.add(
        SUMS.get(group.sum()).table() + " " + group.values() + ": " + sums.get(group)
            + " in the sums, none in the facts"));
    return differences;
  }

  private Map<Group, Long> grouped(String where, Object... args) {
    Map<Group, Long> groups = new HashMap<>();
    for (int i = 0; i < SUMS.size(); i++) {
      Sum sum = SUMS.get(i);
      int index = i;
      int width = sum.fields().size();
      jdbc.query(sum.grouped(where), rs -> {
        groups.merge(new Group(index, values(rs, width)), rs.getLong(width + 1), Long::sum);
      }, args);
    }
    return groups;
  }

  /** A row of the group's table (the first, when two transactions each inserted one), or null. */
  private Long rowOf(Group group) {
    Sum sum = SUMS.get(group.sum());
    String same = sum.columns().stream().map(column -> column + " IS NOT DISTINCT FROM ?")
        .collect(Collectors.joining(" AND "));
    return jdbc.queryForObject("SELECT MIN(id) FROM " + sum.table() + " WHERE " + same, Long.class,
        group.values().toArray());
  }

  private static List<Object> values(java.sql.ResultSet rs, int width) throws java.sql.SQLException {
    Object[] values = new Object[width];
    for (int column = 0; column < width; column++) {
      values[column] = normal(rs.getObject(column + 1));
    }
    return Arrays.asList(values);
  }

  private record Change(Group group, Long row, long n) {}
}
