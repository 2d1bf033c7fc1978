package se.betanketid.caseview;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import se.betanketid.calendar.EngineTime;
import se.betanketid.municipality.Municipality;
import se.betanketid.municipality.MunicipalityRegistry;
import se.betanketid.register.CaseRegister;
import se.betanketid.register.CaseRegister.CaseRow;
import se.betanketid.register.CaseRegister.TaskRow;
import se.betanketid.identity.Role;
import se.betanketid.system.Caller;

/**
 * The JSON of "Mina ärenden" and of the case page: the register's rows of the cases the engine lets the caller
 * read, in Swedish, dates as ÅÅÅÅ-MM-DD. No name, no birth date, no free text: children are "Barn 1", "Barn 2".
 */
@Component
record CaseViews(CaseVisibility visibility, CaseRegister register, CaseTimeline timeline,
    MunicipalityRegistry municipalities) {

  static final String TASKLIST_TASK = "/camunda/app/tasklist/default/#/?task=";
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  /** The filters of the case list. */
  record Filters(String stage, boolean overdue, boolean uncovered, boolean mine, boolean closed) {}

  Map<String, Object> list(Caller caller, Filters filters) {
    Map<String, String> visible = visibility.visibleCases(caller, filters.closed());
    Set<String> withMyTasks = Set.copyOf(register.casesWithTaskOf(caller.userId()));
    Instant now = EngineTime.now().toInstant();
    List<CaseRow> rows = new ArrayList<>(register.cases(visible.keySet()));
    rows.removeIf(row -> filters.stage() != null && !filters.stage().equals(row.stage())
        || filters.overdue() && !overdue(row, now)
        || filters.uncovered() && row.childrenUncovered() == 0
        || filters.mine() && !caller.userId().equals(visible.get(row.id())) && !withMyTasks.contains(row.id()));
    rows.sort(Comparator.comparing((CaseRow row) -> row.closed() != null)
        .thenComparing(CaseRow::nextDeadline, Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(CaseRow::opened, Comparator.reverseOrder()));
    List<Map<String, Object>> cases = rows.stream().map(row -> summary(row, now)).toList();
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("today", EngineTime.today().toString());
    answer.put("cases", cases);
    answer.put("stages", CaseRegister.stages());
    answer.put("limit", CaseVisibility.LIMIT);
    return answer;
  }

  /** Whether the case exists and the engine lets the caller read it. */
  boolean mayOpen(Caller caller, String caseNumber) {
    Optional<String> caseId = register.caseIdOf(caseNumber);
    return caseId.isPresent() && visibility.mayRead(caller, caseId.get());
  }

  /** The case page's JSON, or empty when the case is unknown or not the caller's to read (the same answer). */
  Optional<Map<String, Object>> page(Caller caller, String caseNumber) {
    Optional<String> caseId = register.caseIdOf(caseNumber);
    if (caseId.isEmpty() || !visibility.mayRead(caller, caseId.get())) {
      return Optional.empty();
    }
    return Optional.of(render(caller, caseNumber, caseId.get()));
  }

  /** The case page's JSON without the engine's say: only for a break-glass opening (readlog.BreakGlass). */
  Optional<Map<String, Object>> pageByBreakGlass(Caller caller, String caseNumber) {
    return register.caseIdOf(caseNumber).map(caseId -> render(caller, caseNumber, caseId));
  }

  private Map<String, Object> render(Caller caller, String caseNumber, String caseId) {
    Instant now = EngineTime.now().toInstant();
    List<CaseRow> rows = register.caseAndChildren(caseId);
    CaseRow row = rows.stream().filter(r -> !r.child()).findFirst().orElseThrow();
    List<CaseRow> children = rows.stream().filter(CaseRow::child).toList();
    Map<String, Integer> childNumbers = new LinkedHashMap<>();
    children.forEach(child -> childNumbers.put(child.id(), child.childNumber()));
    List<TaskRow> tasks = register.openTasks(caseId);
    Set<String> openable = visibility.openableTasks(caller, caseNumber);

    Map<String, Object> page = summary(row, now);
    page.put("dates", dates(row));
    page.put("tasks", tasks.stream().map(task -> task(task, childNumbers, openable, now)).toList());
    page.put("deadlines", deadlines(row, tasks, childNumbers, now));
    page.put("children", children.stream().map(child -> child(child, now)).toList());
    page.put("timeline", timeline.of(caseNumber, caseId, childNumbers).stream().map(entry -> Map.of(
        "at", time(entry.at()), "what", entry.what(), "who", entry.who())).toList());
    page.put("today", EngineTime.today().toString());
    if (caller.scopesOf(Role.MANAGER).contains(row.municipalityCode())) {
      page.put("readLogHref", "/cases/read-log?case=" + caseNumber);
    }
    return page;
  }

  private Map<String, Object> summary(CaseRow row, Instant now) {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("caseNumber", row.caseNumber());
    c.put("href", "/cases/" + row.caseNumber());
    c.put("stage", row.stage());
    c.put("route", route(row.route()));
    c.put("municipality", row.municipalityCode() == null ? null : municipalities.find(row.municipalityCode())
        .map(Municipality::name).orElse(row.municipalityCode()));
    c.put("nextTask", row.nextDeadlineWhat());
    c.put("nextHolder", row.nextHolder());
    c.put("nextDeadline", row.nextDeadline() == null ? null : day(row.nextDeadline()));
    c.put("overdue", overdue(row, now));
    c.put("periodEnd", row.periodEnd() == null ? null : row.periodEnd().toString());
    c.put("periodDaysLeft", row.periodEnd() == null || row.closed() != null ? null
        : ChronoUnit.DAYS.between(EngineTime.today(), row.periodEnd()));
    c.put("children", row.childrenCount());
    c.put("childrenUncovered", row.childrenUncovered());
    c.put("opened", day(row.opened()));
    c.put("closed", row.closed() == null ? null : day(row.closed()));
    return c;
  }

  private static Map<String, Object> dates(CaseRow row) {
    Map<String, Object> dates = new LinkedHashMap<>();
    dates.put("identification", text(row.identificationDate()));
    dates.put("application", text(row.applicationDate()));
    dates.put("decision", text(row.decisionDate()));
    dates.put("decisionResult", switch (row.decisionResult() == null ? "" : row.decisionResult()) {
      case "granted" -> "Beviljad";
      case "rejected" -> "Avslag";
      default -> null;
    });
    dates.put("periodEnd", text(row.periodEnd()));
    dates.put("outcome", row.outcome());
    return dates;
  }

  private static Map<String, Object> task(TaskRow task, Map<String, Integer> childNumbers, Set<String> openable,
      Instant now) {
    Map<String, Object> t = new LinkedHashMap<>();
    Integer child = childNumbers.get(task.processInstanceId());
    t.put("name", (child == null ? "" : "Barn " + child + ": ") + CaseRegister.withoutCaseNumber(task.name()));
    t.put("holder", task.holder());
    t.put("due", task.due() == null ? null : day(task.due()));
    t.put("overdue", task.due() != null && task.due().isBefore(now));
    t.put("href", openable.contains(task.taskId()) ? TASKLIST_TASK + task.taskId() : null);
    return t;
  }

  private static List<Map<String, Object>> deadlines(CaseRow row, List<TaskRow> tasks,
      Map<String, Integer> childNumbers, Instant now) {
    List<Map<String, Object>> deadlines = new ArrayList<>();
    for (TaskRow task : tasks) {
      if (task.due() != null) {
        Integer child = childNumbers.get(task.processInstanceId());
        deadlines.add(deadline((child == null ? "" : "Barn " + child + ": ")
            + CaseRegister.withoutCaseNumber(task.name()), EngineTime.toLocalDate(java.util.Date.from(task.due())),
            task.due().isBefore(now)));
      }
    }
    if (row.periodEnd() != null && row.closed() == null) {
      deadlines.add(deadline("Betänketiden slutar", row.periodEnd(), row.periodEnd().isBefore(EngineTime.today())));
    }
    deadlines.sort(Comparator.comparing(d -> (String) d.get("date")));
    return deadlines;
  }

  private static Map<String, Object> deadline(String what, LocalDate date, boolean overdue) {
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("what", what);
    d.put("date", date.toString());
    d.put("daysLeft", ChronoUnit.DAYS.between(EngineTime.today(), date));
    d.put("overdue", overdue);
    return d;
  }

  private static Map<String, Object> child(CaseRow child, Instant now) {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("label", "Barn " + (child.childNumber() == null ? "" : child.childNumber()));
    c.put("stage", child.stage());
    c.put("coverage", child.uncovered() ? "Saknar uppehållsgrund"
        : Boolean.TRUE.equals(child.covered()) ? "Har uppehållsgrund"
        : child.covered() == null ? "Inte bedömt ännu" : "Löst");
    c.put("uncovered", child.uncovered());
    c.put("nextTask", child.nextDeadlineWhat());
    c.put("nextDeadline", child.nextDeadline() == null ? null : day(child.nextDeadline()));
    c.put("overdue", overdue(child, now));
    c.put("closed", child.closed() != null);
    return c;
  }

  static boolean overdue(CaseRow row, Instant now) {
    return row.closed() == null && row.nextDeadline() != null && row.nextDeadline().isBefore(now);
  }

  private static String route(String applicantType) {
    if (applicantType == null) {
      return null;
    }
    return switch (applicantType) {
      case "SOCIAL_SERVICES" -> "Socialtjänsten";
      case "INVESTIGATION_LEADER" -> "Förundersökningsledare";
      default -> applicantType;
    };
  }

  private static String day(Instant instant) {
    return EngineTime.toLocalDate(java.util.Date.from(instant)).toString();
  }

  private static String time(Instant instant) {
    return EngineTime.toZoned(java.util.Date.from(instant)).format(TIME);
  }

  private static String text(LocalDate day) {
    return day == null ? null : day.toString();
  }
}
