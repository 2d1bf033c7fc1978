package se.betanketid.statistics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import se.betanketid.casefile.ApplicantType;
import se.betanketid.casefile.CaseVariables;
import se.betanketid.casefile.DeclineReason;
import se.betanketid.casefile.RejectionReason;
import se.betanketid.casefile.ExploitationForm;
import se.betanketid.casefile.Outcome;
import se.betanketid.statistics.FactYears.Fact;
import se.betanketid.statistics.YearlyReport.Applications;
import se.betanketid.statistics.YearlyReport.Children;
import se.betanketid.statistics.YearlyReport.Declines;
import se.betanketid.statistics.YearlyReport.Durations;
import se.betanketid.statistics.YearlyReport.Granted;
import se.betanketid.statistics.YearlyReport.Rejections;

/**
 * The agency's yearly figures, computed from the case register's anonymous facts ({@link FactYears}), never from
 * the engine's tables nor from counters kept by hand. Which date places a case in a year is written in
 * docs/statistics.md.
 */
@Service
public class YearlyStatistics {

  private static final Logger LOG = LoggerFactory.getLogger(YearlyStatistics.class);

  static final String GRANTED = CaseVariables.GRANTED;
  static final String REJECTED = CaseVariables.REJECTED;
  static final String DO_NOT_APPLY = CaseVariables.DO_NOT_APPLY;
  static final List<String> SEXES = List.of("female", "male", "other");
  /** The reason of a decline decided before the reason was asked. */
  static final String REASON_NOT_RECORDED = "not_recorded";
  static final List<String> BREACH_KINDS = List.of("ADVICE_OVERDUE", "APPLICATION_OVERDUE", "DECISION_OVERDUE",
      "NEXT_STEP_OVERDUE", "PROTECTION_ASSESSMENT_OVERDUE", "INITIAL_ASSESSMENT_OVERDUE", "CHILD_BASIS_OVERDUE",
      "CHILD_INVESTIGATION_OVERDUE");

  static final List<String> DECLINE_REASONS = java.util.stream.Stream.concat(
      java.util.Arrays.stream(DeclineReason.values()).map(DeclineReason::code), java.util.stream.Stream.of(
          REASON_NOT_RECORDED)).toList();

  /** The grounds of Migrationsverket's rejections, and "not_recorded" for those registered before it was asked. */
  static final List<String> REJECTION_REASONS = java.util.stream.Stream.concat(
      java.util.Arrays.stream(RejectionReason.values()).map(RejectionReason::code), java.util.stream.Stream.of(
          REASON_NOT_RECORDED)).toList();

  private final FactYears facts;

  YearlyStatistics(FactYears facts) {
    this.facts = facts;
  }

  public YearlyReport forYear(int year, StatisticsScope scope) {
    return forYears(year, year, scope).get(0);
  }

  /** One report per year from {@code first} to {@code last}, read from the register's facts in one go. */
  public List<YearlyReport> forYears(int first, int last, StatisticsScope scope) {
    long started = System.nanoTime();
    FactYears.Facts read = facts.read(first, last);
    long done = System.nanoTime();
    FactYears.Facts inScope = new FactYears.Facts(
        read.cases().stream().filter(c -> scope.includes(c.municipalityCode(), c.policeRegion())).toList(),
        read.children().stream().filter(c -> scope.includes(c.municipalityCode(), c.policeRegion())).toList(),
        read.breaches().stream().filter(b -> scope.includes(b.municipalityCode(), b.policeRegion())).toList(),
        read.toApplication().stream().filter(d -> scope.includes(d.municipalityCode(), d.policeRegion())).toList(),
        read.toDecision().stream().filter(d -> scope.includes(d.municipalityCode(), d.policeRegion())).toList());
    List<YearlyReport> reports = new ArrayList<>();
    for (int year = first; year <= last; year++) {
      reports.add(compute(year, inScope));
    }
    LOG.debug("Statistics {}-{}: {} kinds of case, {} kinds of child read in {} ms, computed in {} ms", first, last,
        inScope.cases().size(), inScope.children().size(), (done - started) / 1_000_000,
        (System.nanoTime() - done) / 1_000_000);
    return reports;
  }

  /**
   * The year's figures. Rejections are counted by their coded ground ({@code casefile.RejectionReason});
   * Migrationsverket's own words are free text, which the anonymous facts never hold (docs/statistics.md).
   */
  static YearlyReport compute(int year, FactYears.Facts facts) {
    List<Fact> cases = facts.cases();
    List<ChildFacts> children = facts.children();
    List<FactYears.Breaches> breaches = facts.breaches();
    List<Fact> granted = cases.stream().filter(c -> GRANTED.equals(c.decisionResult())
        && c.in(c.decisionYear(), year)).toList();
    List<Fact> applied = cases.stream().filter(c -> c.in(c.applicationYear(), year)).toList();
    List<Fact> rejected = cases.stream().filter(c -> REJECTED.equals(c.decisionResult())
        && c.in(c.decisionYear(), year)).toList();
    List<Fact> closed = cases.stream().filter(c -> c.outcome() != null && c.in(c.outcomeYear(), year)).toList();
    List<ChildFacts> registered = children.stream().filter(c -> c.started().getYear() == year).toList();

    Map<String, Integer> bySex = zeros(SEXES);
    granted.forEach(c -> bySex.merge(c.sex() == null ? "unknown" : c.sex(), c.n(), Integer::sum));
    Map<String, Integer> forms = zeros(ExploitationForm.categories());
    granted.forEach(c -> forms.merge(ExploitationForm.categoryOf(c.exploitationForms()), c.n(), Integer::sum));
    Map<String, Integer> outcomes = zeros(java.util.Arrays.stream(Outcome.values()).map(Enum::name).toList());
    closed.forEach(c -> outcomes.merge(c.outcome(), c.n(), Integer::sum));
    List<Fact> declined = cases.stream().filter(c -> DO_NOT_APPLY.equals(c.applicationDecision())
        && c.in(c.boardYear(), year)).toList();
    Map<String, Integer> declineReasons = zeros(DECLINE_REASONS);
    declined.forEach(c -> declineReasons.merge(declineReasonOf(c), c.n(), Integer::sum));
    Map<String, Integer> rejectionReasons = zeros(REJECTION_REASONS);
    rejected.forEach(c -> rejectionReasons.merge(RejectionReason.of(c.rejectionReason()).map(RejectionReason::code)
        .orElse(REASON_NOT_RECORDED), c.n(), Integer::sum));
    Map<String, Integer> kinds = zeros(BREACH_KINDS);
    breaches.stream().filter(b -> b.year() == year)
        .forEach(b -> kinds.merge(b.kind() == null ? "UNKNOWN" : b.kind(), b.count(), Integer::sum));

    int uncovered = children(registered, ChildFacts::uncoveredOnArrival);
    return new YearlyReport(year,
        new Granted(total(granted), bySex, count(granted, ApplicantType.SOCIAL_SERVICES),
            count(granted, ApplicantType.INVESTIGATION_LEADER), viaCoordinator(granted)),
        new Applications(total(applied), count(applied, ApplicantType.SOCIAL_SERVICES),
            count(applied, ApplicantType.INVESTIGATION_LEADER), viaCoordinator(applied)),
        forms,
        new Rejections(total(rejected), rejectionReasons,
            total(closed.stream().filter(c -> Outcome.NOT_ELIGIBLE.name().equals(c.outcome())).toList())),
        new Declines(total(declined), declineReasons, total(declined.stream()
            .filter(c -> Outcome.NATIONAL_SUPPORT_PROGRAMME.name().equals(c.outcome())).toList())),
        new Children(children(registered, c -> true), children(registered, c -> true) - uncovered, uncovered,
            children(registered, ChildFacts::basisSecured), children(registered, ChildFacts::leftSweden),
            children(registered, ChildFacts::stillUncovered)),
        outcomes,
        new Durations(Percentiles.of(days(facts.toApplication().stream().filter(d -> d.year() != null
            && d.year() == year).toList())), Percentiles.of(days(facts.toDecision().stream()
            .filter(d -> d.decisionResult() != null && d.year() != null && d.year() == year).toList()))),
        kinds);
  }

  /** The decline's reason as counted: a code of the list, or "not_recorded". */
  private static String declineReasonOf(Fact c) {
    return DeclineReason.of(c.declineReason()).map(DeclineReason::code).orElse(REASON_NOT_RECORDED);
  }

  /** How many cases these rows stand for (a row of the facts is {@code n} cases alike). */
  private static int total(List<Fact> cases) {
    return cases.stream().mapToInt(Fact::n).sum();
  }

  private static int children(List<ChildFacts> children, java.util.function.Predicate<ChildFacts> which) {
    return children.stream().filter(which).mapToInt(ChildFacts::n).sum();
  }

  private static int count(List<Fact> cases, ApplicantType type) {
    return total(cases.stream().filter(c -> type.name().equals(c.route())).toList());
  }

  private static int viaCoordinator(List<Fact> cases) {
    return total(cases.stream().filter(c -> ApplicantType.SOCIAL_SERVICES.name().equals(c.route())
        && c.viaCoordinator()).toList());
  }

  /**
   * The durations in days of these cases, each with how many cases took it (none negative: a date typed before
   * the other is left out).
   */
  private static Map<Long, Integer> days(List<FactYears.Days> days) {
    Map<Long, Integer> counts = new java.util.TreeMap<>();
    for (FactYears.Days d : days) {
      if (d.days() != null && d.days() >= 0) {
        counts.merge(d.days().longValue(), d.n(), Integer::sum);
      }
    }
    return counts;
  }

  private static Map<String, Integer> zeros(List<String> keys) {
    Map<String, Integer> map = new LinkedHashMap<>();
    keys.forEach(key -> map.put(key, 0));
    return map;
  }
}
