package se.betanketid.register;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills the register from the engine's history (through its API) for a database that has cases already: the
 * rows of every case and child whose history is there, their open tasks, their facts. The facts of cases whose
 * history is gone stay as they are. At start with {@code betanketid.register.rebuild=true} (and by itself when the
 * register is empty but the engine has cases), or by an administrator ({@code POST /api/register/rebuild}).
 */
@Component
public class RegisterRebuild {

  private static final Logger LOG = LoggerFactory.getLogger(RegisterRebuild.class);
  private static final int PAGE = 200;

  private final JdbcTemplate jdbc;
  private final HistoryService history;
  private final TaskService tasks;
  private final RegisterWriter writer;
  private final RegisterFacts facts;
  private final FactSums sums;
  private final TransactionTemplate transactions;
  private final boolean atStart;

  RegisterRebuild(JdbcTemplate jdbc, HistoryService history, TaskService tasks, RegisterWriter writer,
      RegisterFacts facts, FactSums sums, TransactionTemplate transactions,
      @Value("${betanketid.register.rebuild:false}") boolean atStart) {
    this.jdbc = jdbc;
    this.history = history;
    this.tasks = tasks;
    this.writer = writer;
    this.facts = facts;
    this.sums = sums;
    this.transactions = transactions;
    this.atStart = atStart;
  }

  /**
   * At start: when asked to, or when the register is empty while the engine's history has cases (a database made
   * before the register).
   */
  @EventListener(ApplicationReadyEvent.class)
  public void rebuildAtStart() {
    if (atStart || isEmptyWhileTheEngineHasCases()) {
      rebuild();
    }
  }

  private boolean isEmptyWhileTheEngineHasCases() {
    Integer rows = jdbc.queryForObject("SELECT COUNT(*) FROM case_file", Integer.class);
    return rows != null && rows == 0 && history.createHistoricProcessInstanceQuery()
        .processDefinitionKeyIn(RegisterNames.ROUTES.toArray(String[]::new)).count() > 0;
  }

  /**
   * Rebuilds the register in one transaction: when it fails on the way (a case history that cannot be read, the
   * database gone), the register stays as it was, never half rebuilt. Answers how many cases it holds now.
   */
  public int rebuild() {
    Integer count = transactions.execute(status -> {
      for (String table : List.of("case_fact_child", "case_fact_breach", "case_fact")) {
        jdbc.update("DELETE FROM " + table + " WHERE fact_id IN (SELECT fact_id FROM case_file"
            + " WHERE fact_id IS NOT NULL)");
      }
      jdbc.update("DELETE FROM case_task");
      jdbc.update("DELETE FROM case_file");
      Set<String> cases = new LinkedHashSet<>();
      Map<String, String> roots = new HashMap<>();
      for (String key : RegisterNames.CASE_PROCESSES) {
        for (int first = 0; ; first += PAGE) {
          List<HistoricProcessInstance> page = history.createHistoricProcessInstanceQuery()
              .processDefinitionKey(key).orderByProcessInstanceId().asc().listPage(first, PAGE);
          writer.deferringRefresh(() -> page.forEach(instance -> cases.add(load(key, instance, roots))));
          if (page.size() < PAGE) {
            break;
          }
        }
      }
      writer.deferringRefresh(() -> loadTasks(roots));
      cases.forEach(caseId -> facts.refresh(caseId, false));
      sums.recompute();
      return jdbc.queryForObject("SELECT COUNT(*) FROM case_file WHERE kind = ?", Integer.class,
          RegisterNames.CASE);
    });
    LOG.info("Case register rebuilt from the engine's history: {} cases", count);
    return count == null ? 0 : count;
  }

  private String load(String key, HistoricProcessInstance instance, Map<String, String> roots) {
    String root = instance.getRootProcessInstanceId() == null ? instance.getId() : instance.getRootProcessInstanceId();
    roots.put(instance.getId(), root);
    writer.processStarted(key, instance.getId(), root, instance.getStartTime());
    if (instance.getId().equals(root)) {
      writer.routeFound(root, instance.getStartTime());
    }
    List<HistoricVariableInstance> variables = history.createHistoricVariableInstanceQuery()
        .processInstanceId(instance.getId()).disableCustomObjectDeserialization().list();
    for (HistoricVariableInstance variable : variables) {
      if (variable.getTaskId() == null && RegisterNames.VARIABLES.contains(variable.getName())) {
        writer.variable(key, instance.getId(), root, variable.getName(), valueOf(variable), true,
            variable.getCreateTime());
      }
    }
    if (instance.getEndTime() != null) {
      writer.processEnded(key, instance.getId(), root, instance.getEndTime());
    }
    return root;
  }

  /**
   * The variable's value as history has it; null for a JSON variable whose text history no longer holds. That is a
   * case whose history the engine's history cleanup is removing: it deletes a case's byte arrays (where a JSON
   * value's text is) and its variable rows in separate statements, each a batch of its own, so for a while a
   * variable points at a text that is gone (found on the PostgreSQL test database after the tests that run the
   * cleanup: 224 variables of removed cases, among them {@code exploitationForms}). Spin cannot read the missing
   * text; one such case must not stop the rebuild of every case. Not a value this application writes: the
   * protected identity's seal drops history details with their own byte arrays only, never a variable's.
   */
  private static Object valueOf(HistoricVariableInstance variable) {
    try {
      return variable.getValue();
    } catch (IllegalArgumentException emptyJson) {
      return null;
    }
  }

  private void loadTasks(Map<String, String> roots) {
    Map<String, String> keys = new HashMap<>();
    List<Task> open = new ArrayList<>();
    for (String key : RegisterNames.CASE_PROCESSES) {
      for (Task task : tasks.createTaskQuery().processDefinitionKey(key).list()) {
        keys.put(task.getId(), key);
        open.add(task);
      }
    }
    for (Task task : open) {
      String holder = task.getAssignee() != null ? task.getAssignee()
          : tasks.getIdentityLinksForTask(task.getId()).stream()
              .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
              .map(link -> link.getGroupId() != null ? link.getGroupId() : link.getUserId()).sorted()
              .collect(Collectors.joining(", "));
      String root = roots.getOrDefault(task.getProcessInstanceId(), task.getProcessInstanceId());
      writer.taskSaved(new RegisterWriter.TaskRow(task.getId(), root, task.getProcessInstanceId(),
          keys.get(task.getId()), task.getTaskDefinitionKey(), task.getName(), holder.isEmpty() ? null : holder,
          task.getDueDate(), task.getCreateTime()));
    }
  }
}
