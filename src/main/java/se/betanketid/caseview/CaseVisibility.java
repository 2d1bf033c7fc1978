package se.betanketid.caseview;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstanceQuery;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import se.betanketid.casefile.ApplicantType;
import se.betanketid.system.Caller;

/**
 * Which cases a person may see, decided by the engine alone: its authorization-checked queries, run with the
 * caller's identity, answer which case (route) instances and which tasks the person may read. The register is
 * only read for what the engine answered, so it never widens access.
 */
@Component
record CaseVisibility(IdentityService identities, HistoryService history, TaskService tasks) {

  /** At most this many cases in a list (the newest). */
  static final int LIMIT = 2000;
  private static final String[] ROUTES = {ApplicantType.SOCIAL_SERVICES.processKey(),
      ApplicantType.INVESTIGATION_LEADER.processKey()};

  /** The caller's readable cases: route instance id to the user who started it; open ones only unless asked. */
  Map<String, String> visibleCases(Caller caller, boolean withClosed) {
    return as(caller, () -> {
      HistoricProcessInstanceQuery query = history.createHistoricProcessInstanceQuery().processDefinitionKeyIn(ROUTES);
      if (!withClosed) {
        query.unfinished();
      }
      Map<String, String> cases = new LinkedHashMap<>();
      for (HistoricProcessInstance instance : query.orderByProcessInstanceStartTime().desc().listPage(0, LIMIT)) {
        cases.put(instance.getId(), instance.getStartUserId() == null ? "" : instance.getStartUserId());
      }
      return cases;
    });
  }

  /** Whether the engine lets the caller read this case's route instance (running or in history). */
  boolean mayRead(Caller caller, String caseId) {
    return as(caller, () -> history.createHistoricProcessInstanceQuery().processInstanceId(caseId)
        .processDefinitionKeyIn(ROUTES).count() == 1);
  }

  /** The ids of the case's open tasks that the caller may open in Tasklist. */
  Set<String> openableTasks(Caller caller, String caseNumber) {
    return as(caller, () -> tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).list().stream()
        .map(Task::getId).collect(Collectors.toSet()));
  }

  private <T> T as(Caller caller, Supplier<T> query) {
    identities.setAuthentication(caller.userId(), List.copyOf(caller.groups()));
    try {
      return query.get();
    } finally {
      identities.clearAuthentication();
    }
  }
}
