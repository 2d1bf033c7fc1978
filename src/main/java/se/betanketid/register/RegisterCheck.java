package se.betanketid.register;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Compares the register with the engine (through the engine's API): every case and child in the engine's history
 * has its row, open or closed as the engine says, with the engine's case number; every open user task of a case
 * is in {@code case_task} and nothing else is; no row is left whose history is gone; the statistics' sums are
 * those of the facts ({@link FactSums}). Answers the differences
 * (case numbers and ids only), empty when they agree. Reads everything: for the tests and the administrator.
 */
@Component
public class RegisterCheck {

  private static final int PAGE = 1000;

  private final JdbcTemplate jdbc;
  private final FactSums sums;
  private final HistoryService history;
  private final TaskService tasks;

  RegisterCheck(JdbcTemplate jdbc, FactSums sums, HistoryService history, TaskService tasks) {
    this.jdbc = jdbc;
    this.sums = sums;
    this.history = history;
    this.tasks = tasks;
  }

  public List<String> differences() {
    List<String> differences = new ArrayList<>();
    Map<String, Row> rows = new HashMap<>();
    jdbc.query("SELECT process_instance_id, kind, case_number, closed_at FROM case_file", rs -> {
      rows.put(rs.getString(1), new Row(rs.getString(2), rs.getString(3), rs.getTimestamp(4) != null));
    });
    Set<String> seen = new HashSet<>();
    for (String key : RegisterNames.CASE_PROCESSES) {
      for (int first = 0; ; first += PAGE) {
        List<HistoricProcessInstance> page = history.createHistoricProcessInstanceQuery().processDefinitionKey(key)
            .orderByProcessInstanceId().asc().listPage(first, PAGE);
        for (HistoricProcessInstance instance : page) {
          boolean root = instance.getId().equals(instance.getRootProcessInstanceId());
          boolean child = RegisterNames.CHILD_PROCESS.equals(key);
          if (!root && !child) {
            continue;
          }
          seen.add(instance.getId());
          Row row = rows.get(instance.getId());
          if (row == null) {
            differences.add("no row for " + key + " " + instance.getId() + " (" + instance.getBusinessKey() + ")");
            continue;
          }
          if (row.closed() != (instance.getEndTime() != null)) {
            differences.add(instance.getId() + " (" + row.caseNumber() + "): closed " + row.closed()
                + " in the register, " + (instance.getEndTime() != null) + " in the engine");
          }
          if (instance.getBusinessKey() != null && !instance.getBusinessKey().equals(row.caseNumber())) {
            differences.add(instance.getId() + ": case number " + row.caseNumber() + " in the register, "
                + instance.getBusinessKey() + " in the engine");
          }
          if (!(child ? RegisterNames.CHILD : RegisterNames.CASE).equals(row.kind())) {
            differences.add(instance.getId() + " (" + row.caseNumber() + "): kind " + row.kind());
          }
        }
        if (page.size() < PAGE) {
          break;
        }
      }
    }
    rows.keySet().stream().filter(id -> !seen.contains(id))
        .forEach(id -> differences.add("row " + id + " (" + rows.get(id).caseNumber() + ") has no history"));
    Set<String> open = new HashSet<>();
    for (String key : RegisterNames.CASE_PROCESSES) {
      tasks.createTaskQuery().processDefinitionKey(key).list().stream().map(Task::getId).forEach(open::add);
    }
    Set<String> registered = new HashSet<>(jdbc.queryForList("SELECT task_id FROM case_task", String.class));
    open.stream().filter(id -> !registered.contains(id)).forEach(id -> differences.add("open task " + id
        + " not in case_task"));
    registered.stream().filter(id -> !open.contains(id)).forEach(id -> differences.add("case_task " + id
        + " is not open in the engine"));
    differences.addAll(sums.differences());
    return differences;
  }

  private record Row(String kind, String caseNumber, boolean closed) {}
}
