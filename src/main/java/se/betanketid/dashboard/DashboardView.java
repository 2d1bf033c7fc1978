package se.betanketid.dashboard;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import se.betanketid.calendar.EngineTime;
import se.betanketid.dashboard.LiveOverview.Snapshot;
import se.betanketid.statistics.SmallCounts;
import se.betanketid.statistics.StatisticsScope;
import se.betanketid.statistics.StatisticsView;
import se.betanketid.statistics.SwedishLabels;
import se.betanketid.statistics.YearlyReport;

/**
 * The live overview as JSON for the dashboard. A manager gets the counts and the lists of their
 * municipality's cases (by case number only); the national coordination counts only, small ones as "&lt;5".
 */
@Component
record DashboardView(SmallCounts small, StatisticsView statisticsView) {

  Map<String, Object> overview(Snapshot now, StatisticsScope scope, int endingWithinDays) {
    boolean national = scope.national();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("today", now.today().toString());
    body.put("scope", statisticsView.scopeJson(scope));
    body.put("countsOnly", national);
    body.put("endingWithinDays", endingWithinDays);

    Map<String, Integer> byStage = new TreeMap<>();
    now.cases().forEach(c -> byStage.merge(c.stageName(), 1, Integer::sum));
    body.put("openCases", Map.of("total", count(now.cases().size(), national),
        "byStage", groups(byStage, national, "stage")));

    Map<String, Integer> byKind = new TreeMap<>();
    now.overdue().forEach(o -> byKind.merge(o.taskName(), 1, Integer::sum));
    Map<String, Object> overdue = new LinkedHashMap<>();
    overdue.put("total", count(now.overdue().size(), national));
    overdue.put("byKind", groups(byKind, national, "kind"));
    if (!national) {
      overdue.put("items", items(now.overdue(), o -> item(o.openCase().caseNumber(), "task", o.taskName(),
          "due", EngineTime.toLocalDate(o.due()).toString(), "daysOverdue",
          ChronoUnit.DAYS.between(EngineTime.toLocalDate(o.due()), now.today()))));
    }
    body.put("overdueTasks", overdue);

    Map<String, Object> ending = new LinkedHashMap<>();
    ending.put("total", count(now.ending().size(), national));
    if (!national) {
      ending.put("items", items(now.ending(), e -> item(e.openCase().caseNumber(), "validUntil",
          e.validUntil().toString(), "daysLeft", ChronoUnit.DAYS.between(now.today(), e.validUntil()), null, null)));
    }
    body.put("periodsEndingSoon", ending);

    Map<String, Object> children = new LinkedHashMap<>();
    int uncovered = now.uncovered().size();
    children.put("total", count(uncovered, national));
    LocalDate oldest = now.uncovered().isEmpty() ? null : EngineTime.toLocalDate(now.uncovered().get(0).since());
    boolean hideOldest = oldest == null || national && small.hidden(uncovered);
    children.put("oldestDays", hideOldest ? null : ChronoUnit.DAYS.between(oldest, now.today()));
    if (!national) {
      children.put("oldestSince", oldest == null ? null : oldest.toString());
      children.put("items", items(now.uncovered(), u -> item(u.openCase().caseNumber(), "since",
          EngineTime.toLocalDate(u.since()).toString(), "days",
          ChronoUnit.DAYS.between(EngineTime.toLocalDate(u.since()), now.today()), null, null)));
    }
    body.put("uncoveredChildren", children);
    return body;
  }

  private Object count(int n, boolean national) {
    return national ? small.show(n) : n;
  }

  private List<Map<String, Object>> groups(Map<String, Integer> counts, boolean national, String name) {
    List<Map<String, Object>> groups = new ArrayList<>();
    counts.forEach((label, n) -> {
      Map<String, Object> group = new LinkedHashMap<>();
      group.put(name, label);
      group.put("count", count(n, national));
      groups.add(group);
    });
    return groups;
  }

  private static <T> List<Map<String, Object>> items(List<T> list, Function<T, Map<String, Object>> item) {
    return list.stream().map(item).toList();
  }

  private static Map<String, Object> item(String caseNumber, String k1, Object v1, String k2, Object v2, String k3,
      Object v3) {
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("caseNumber", caseNumber);
    item.put(k1, v1);
    item.put(k2, v2);
    if (k3 != null) {
      item.put(k3, v3);
    }
    return item;
  }

  /** Granted per year by sex and the days from application to decision, for the charts. */
  Map<String, Object> trend(List<YearlyReport> reports, StatisticsScope scope) {
    boolean national = scope.national();
    List<Object> years = new ArrayList<>();
    Map<String, List<Object>> bySex = new LinkedHashMap<>();
    List<Object> median = new ArrayList<>();
    List<Object> p90 = new ArrayList<>();
    for (YearlyReport report : reports) {
      years.add(report.year());
      report.granted().bySex().forEach((sex, n) ->
          bySex.computeIfAbsent(sex, s -> new ArrayList<>()).add(national ? small.show(n) : n));
      var spread = report.days().applicationToDecision();
      boolean hide = national && small.hidden(spread.cases());
      median.add(hide ? null : spread.median());
      p90.add(hide ? null : spread.p90());
    }
    Map<String, Object> sexLabels = new LinkedHashMap<>();
    bySex.keySet().forEach(sex -> sexLabels.put(sex, SwedishLabels.of(SwedishLabels.SEX, sex)));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("scope", statisticsView.scopeJson(scope));
    body.put("countsOnly", national);
    body.put("years", years);
    body.put("grantedBySex", bySex);
    body.put("sexLabels", sexLabels);
    body.put("daysToDecisionMedian", median);
    body.put("daysToDecisionP90", p90);
    return body;
  }
}
