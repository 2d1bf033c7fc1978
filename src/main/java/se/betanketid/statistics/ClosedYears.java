package se.betanketid.statistics;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.impl.jobexecutor.historycleanup.HistoryCleanupJobHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.betanketid.calendar.EngineTime;
import se.betanketid.statistics.CaseHistory.RootInstance;

/**
 * What a period's figures are computed from (its cases, children and breaches), read so that a request reads from
 * history only what can still change (docs/statistics.md, "How it is computed"). Per year it keeps in memory
 * everything of the cases that ended more than {@link #MARGIN} before the year was last read: a closed case's
 * history does not change. Each request then reads the cases that are running or ended since (the route
 * instances by the end time's index), with their children and breaches, and settles those that have ended.
 * Forgotten, and read again in full at the next request, when history cleanup has run (it removes closed cases:
 * its job changed) or a case ended on an engine clock moved back ({@link CaseEndWatch}).
 */
@Component
class ClosedYears {

  /** How long a case is still read after its end: more than a transaction takes and clocks drift between nodes. */
  static final Duration MARGIN = Duration.ofMinutes(10);

  /** The facts of a period: every case that counts in one of its years, every child and breach of it. */
  record HistoryFacts(List<CaseFacts> cases, List<ChildFacts> children, List<Breach> breaches) {}

  private final CaseHistory history;
  private final ChildAndBreachHistory others;
  private final CaseEndWatch ends;
  private final JdbcTemplate jdbc;
  private final HistoryTables tables;
  private final Map<Integer, Year> years = new HashMap<>();
  private String cleanupSeen;

  ClosedYears(CaseHistory history, ChildAndBreachHistory others, CaseEndWatch ends, JdbcTemplate jdbc,
      HistoryTables tables) {
    this.history = history;
    this.others = others;
    this.ends = ends;
    this.jdbc = jdbc;
    this.tables = tables;
  }

  /** The facts of the years first to last. */
  synchronized HistoryFacts facts(int first, int last) {
    Instant now = EngineTime.now().toInstant();
    forgetWhatMayHaveChanged();
    fillMissing(first, last, now);
    Instant oldest = IntStream.rangeClosed(first, last).mapToObj(y -> years.get(y).readUntil)
        .min(Instant::compareTo).orElse(now);
    Map<String, RootInstance> unsettled = history.unsettled(oldest.minus(MARGIN));
    HistoryFacts fresh = read(first, last, unsettled);

    Map<String, CaseFacts> cases = new LinkedHashMap<>();
    List<ChildFacts> children = new ArrayList<>();
    List<Breach> breaches = new ArrayList<>();
    Set<String> skipped = unsettled.keySet();
    for (int year = first; year <= last; year++) {
      Year closed = years.get(year);
      closed.cases.forEach((root, facts) -> {
        if (!skipped.contains(root)) {
          cases.putIfAbsent(root, facts);
        }
      });
      closed.children.stream().filter(c -> !skipped.contains(c.rootId())).forEach(children::add);
      closed.breaches.stream().filter(b -> !skipped.contains(b.rootId())).forEach(breaches::add);
    }
    fresh.cases().forEach(c -> cases.put(c.rootId(), c));
    children.addAll(fresh.children());
    breaches.addAll(fresh.breaches());

    Instant settledBefore = now.minus(MARGIN);
    for (int year = first; year <= last; year++) {
      years.get(year).settle(fresh, unsettled, settledBefore, now);
    }
    return new HistoryFacts(List.copyOf(cases.values()), children, breaches);
  }

  /** Forgets every year (each is read again in full at its next request). */
  synchronized void forget() {
    years.clear();
  }

  private void forgetWhatMayHaveChanged() {
    String cleanup = String.join(",", jdbc.queryForList("SELECT ID_ || ':' || REV_ FROM "
        + tables.table("ACT_RU_JOB") + " WHERE HANDLER_TYPE_ = ? ORDER BY ID_", String.class,
        HistoryCleanupJobHandler.TYPE));
    Instant earliestEnd = ends.takeEarliest();
    boolean endedInThePast = earliestEnd != null && years.values().stream()
        .anyMatch(year -> earliestEnd.isBefore(year.readUntil.minus(MARGIN)));
    if (!cleanup.equals(cleanupSeen) || endedInThePast) {
      years.clear();
    }
    cleanupSeen = cleanup;
  }

  /** Reads the years of first..last not kept yet in full, and keeps their cases that ended before now - MARGIN. */
  private void fillMissing(int first, int last, Instant now) {
    List<Integer> missing = IntStream.rangeClosed(first, last).filter(y -> !years.containsKey(y)).boxed().toList();
    if (missing.isEmpty()) {
      return;
    }
    int from = missing.get(0);
    int to = missing.get(missing.size() - 1);
    HistoryFacts all = new HistoryFacts(history.cases(start(from), start(to + 1)),
        others.children(start(from), start(to + 1)), others.breaches(start(from), start(to + 1)));
    // after the reads: a case that ended meanwhile is among these, so it is never kept as it was while running
    Set<String> unsettled = history.unsettled(now.minus(MARGIN)).keySet();
    for (int year : missing) {
      Year closed = new Year(year, now);
      closed.add(all, root -> !unsettled.contains(root));
      years.put(year, closed);
    }
  }

  /** The cases among these root instances, with their children and breaches in the years first..last. */
  private HistoryFacts read(int first, int last, Map<String, RootInstance> roots) {
    Map<String, Boolean> routes = new LinkedHashMap<>();
    roots.forEach((root, instance) -> {
      if (instance.route()) {
        routes.put(root, instance.ended() != null);
      }
    });
    List<CaseFacts> cases = history.cases(routes).stream()
        .filter(c -> IntStream.rangeClosed(first, last).anyMatch(c::touches)).toList();
    return new HistoryFacts(cases, others.children(start(first), start(last + 1), roots.keySet()),
        others.breaches(start(first), start(last + 1), roots.keySet()));
  }

  private static LocalDate start(int year) {
    return LocalDate.of(year, 1, 1);
  }

  /** One year's facts of the cases that ended before {@code readUntil} - MARGIN. */
  private static final class Year {
    final int year;
    Instant readUntil;
    final Map<String, CaseFacts> cases = new LinkedHashMap<>();
    final List<ChildFacts> children = new ArrayList<>();
    final List<Breach> breaches = new ArrayList<>();

    Year(int year, Instant readUntil) {
      this.year = year;
      this.readUntil = readUntil;
    }

    /** Adds what of these facts counts in this year, of the cases (route instance ids) that pass. */
    void add(HistoryFacts facts, Predicate<String> keep) {
      facts.cases().stream().filter(c -> c.touches(year) && keep.test(c.rootId()))
          .forEach(c -> cases.put(c.rootId(), c));
      facts.children().stream().filter(c -> CaseFacts.within(c.started(), year) && keep.test(c.rootId()))
          .forEach(children::add);
      facts.breaches().stream().filter(b -> CaseFacts.within(b.day(), year) && keep.test(b.rootId()))
          .forEach(breaches::add);
    }

    /**
     * Keeps the freshly read facts of the cases that ended before {@code before} and are not kept yet (they ended
     * at or after readUntil - MARGIN); then this year was read until now.
     */
    void settle(HistoryFacts fresh, Map<String, RootInstance> roots, Instant before, Instant now) {
      Instant keptBefore = readUntil.minus(MARGIN);
      add(fresh, root -> {
        RootInstance instance = roots.get(root);
        Instant ended = instance == null ? null : instance.ended();
        return ended != null && ended.isBefore(before) && !ended.isBefore(keptBefore);
      });
      readUntil = Objects.requireNonNull(now);
    }
  }
}
