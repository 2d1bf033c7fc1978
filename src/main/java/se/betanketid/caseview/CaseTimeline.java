package se.betanketid.caseview;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.springframework.stereotype.Component;
import se.betanketid.register.CaseRegister;

/**
 * What happened in a case, who did it and when, from the engine's history API: the case opened, each task done
 * (by whom), each reminder, escalation and end. Called only after the engine has said that the caller may read
 * the case. Names only, never variable values: no personal data.
 */
@Component
class CaseTimeline {

  private static final Set<String> SYSTEM_STEPS = Set.of("serviceTask", "sendTask", "businessRuleTask");
  static final String SYSTEM = "Systemet";

  private final HistoryService history;

  CaseTimeline(HistoryService history) {
    this.history = history;
  }

  record Entry(Instant at, String what, String who) {}

  /** The case's events, the newest first; a child's steps named "Barn N: …". */
  List<Entry> of(String caseNumber, String caseId, Map<String, Integer> childNumbers) {
    List<Entry> entries = new ArrayList<>();
    for (HistoricProcessInstance instance : history.createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(caseNumber).list()) {
      Integer child = childNumbers.get(instance.getId());
      String prefix = child == null ? "" : "Barn " + child + ": ";
      if (instance.getId().equals(caseId)) {
        entries.add(new Entry(instance.getStartTime().toInstant(), "Ärendet öppnades",
            instance.getStartUserId() == null ? SYSTEM : instance.getStartUserId()));
        if (instance.getEndTime() != null) {
          entries.add(new Entry(instance.getEndTime().toInstant(), "Ärendet avslutades", SYSTEM));
        }
      }
      Map<String, String> completedBy = new HashMap<>();
      history.createUserOperationLogQuery().processInstanceId(instance.getId())
          .operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE).list().stream()
          .filter(entry -> entry.getTaskId() != null && entry.getUserId() != null)
          .forEach(entry -> completedBy.put(entry.getTaskId(), entry.getUserId()));
      for (HistoricActivityInstance activity : history.createHistoricActivityInstanceQuery()
          .processInstanceId(instance.getId()).list()) {
        String name = activity.getActivityName();
        if (name == null || activity.getEndTime() == null) {
          continue;
        }
        name = CaseRegister.withoutCaseNumber(name);
        Instant at = activity.getEndTime().toInstant();
        if ("userTask".equals(activity.getActivityType())) {
          if (!activity.isCanceled()) {
            String who = completedBy.getOrDefault(activity.getTaskId(), activity.getAssignee());
            entries.add(new Entry(at, prefix + "Klar: " + name, who == null ? "–" : who));
          }
        } else if (SYSTEM_STEPS.contains(activity.getActivityType())) {
          entries.add(new Entry(at, prefix + name, SYSTEM));
        }
      }
    }
    entries.sort(Comparator.comparing(Entry::at).reversed());
    return entries;
  }
}
