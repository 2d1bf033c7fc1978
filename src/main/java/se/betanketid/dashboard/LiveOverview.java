package se.betanketid.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import se.betanketid.calendar.EngineTime;
import se.betanketid.dashboard.LiveCases.OpenCase;
import se.betanketid.statistics.StatisticsScope;

/**
 * The work as it stands now, for the dashboard and the metrics, from the case register ({@link LiveCases}): every
 * open case with its stage (the register's Swedish stage name; the metrics label it with the key of the task due
 * first), overdue tasks, reflection periods ending soon, children without a residence basis. Each item knows its case's municipality and region, so a view can be narrowed.
 */
@Service
public class LiveOverview {

  /** The metrics' stage label of a case with no open task (e.g. waiting for a message, or in its period). */
  static final String OTHER_STAGE = "Other";

  record CaseStage(OpenCase openCase, String stageId, String stageName) {}

  record Overdue(OpenCase openCase, String taskKey, String taskName, Instant due) {}

  record Ending(OpenCase openCase, LocalDate validUntil) {}

  record Uncovered(OpenCase openCase, Instant since) {}

  record Snapshot(LocalDate today, List<CaseStage> cases, List<Overdue> overdue, List<Ending> ending,
      List<Uncovered> uncovered) {

    Snapshot within(StatisticsScope scope) {
      return new Snapshot(today, cases.stream().filter(c -> in(scope, c.openCase())).toList(),
          overdue.stream().filter(o -> in(scope, o.openCase())).toList(),
          ending.stream().filter(e -> in(scope, e.openCase())).toList(),
          uncovered.stream().filter(u -> in(scope, u.openCase())).toList());
    }

    private static boolean in(StatisticsScope scope, OpenCase openCase) {
      return scope.includes(openCase.municipalityCode(), openCase.policeRegion());
    }
  }

  private final LiveCases live;
  private final int endingWithinDays;

  LiveOverview(LiveCases live,
      @org.springframework.beans.factory.annotation.Value("${betanketid.statistics.ending-within-days:7}")
      int endingWithinDays) {
    this.live = live;
    this.endingWithinDays = endingWithinDays;
  }

  int endingWithinDays() {
    return endingWithinDays;
  }

  Snapshot snapshot() {
    LocalDate today = EngineTime.today();
    Map<String, OpenCase> open = live.openCases();
    List<CaseStage> cases = new ArrayList<>();
    open.values().forEach(c -> cases.add(c.stage() == null || c.stage().isBlank()
        ? new CaseStage(c, OTHER_STAGE, "Annat steg")
        : new CaseStage(c, c.nextTaskKey() == null ? OTHER_STAGE : c.nextTaskKey(), c.stage())));
    List<Overdue> overdue = live.overdueTasks(EngineTime.now()).stream()
        .filter(t -> open.containsKey(t.rootId()))
        .map(t -> new Overdue(open.get(t.rootId()), t.taskKey(), withoutCaseNumber(t.taskName()), t.due()))
        .sorted(Comparator.comparing(Overdue::due)).toList();
    List<Ending> ending = live.runningPeriods().stream()
        .filter(p -> open.containsKey(p.rootId()) && !p.validUntil().isBefore(today)
            && !p.validUntil().isAfter(today.plusDays(endingWithinDays)))
        .map(p -> new Ending(open.get(p.rootId()), p.validUntil()))
        .sorted(Comparator.comparing(Ending::validUntil)).toList();
    List<Uncovered> uncovered = live.uncoveredChildren().stream()
        .filter(u -> open.containsKey(u.rootId()))
        .map(u -> new Uncovered(open.get(u.rootId()), u.since()))
        .sorted(Comparator.comparing(Uncovered::since)).toList();
    return new Snapshot(today, cases, overdue, ending, uncovered);
  }

  /** "Ge råd om ansökan – BT-2026-00042" (or "– ${caseNumber}" in the model): "Ge råd om ansökan". */
  static String withoutCaseNumber(String name) {
    if (name == null) {
      return "";
    }
    int dash = name.lastIndexOf(" – ");
    return (dash > 0 ? name.substring(0, dash) : name).strip();
  }
}
