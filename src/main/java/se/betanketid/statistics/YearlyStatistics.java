package se.betanketid.statistics;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import se.betanketid.casefile.ApplicantType;
import se.betanketid.casefile.DeclineReason;
import se.betanketid.casefile.ExploitationForm;
import se.betanketid.casefile.Outcome;
import se.betanketid.statistics.YearlyReport.Applications;
import se.betanketid.statistics.YearlyReport.Children;
import se.betanketid.statistics.YearlyReport.Declines;
import se.betanketid.statistics.YearlyReport.Durations;
import se.betanketid.statistics.YearlyReport.Granted;
import se.betanketid.statistics.YearlyReport.Rejections;

/**
 * The agency's yearly figures, computed from the engine's history (never from counters kept by hand). Which
 * date places a case in a year is written in docs/statistics.md.
 */
@Service
public class YearlyStatistics {

  private static final Logger LOG = LoggerFactory.getLogger(YearlyStatistics.class);

  static final List<String> SEXES = List.of("female", "male", "other");
  /** The reason of a decline decided before the reason was asked. */
  static final String REASON_NOT_RECORDED = "not_recorded";
  static final List<String> BREACH_KINDS = List.of("ADVICE_OVERDUE", "APPLICATION_OVERDUE", "DECISION_OVERDUE",
      "NEXT_STEP_OVERDUE", "PROTECTION_ASSESSMENT_OVERDUE", "INITIAL_ASSESSMENT_OVERDUE", "CHILD_BASIS_OVERDUE",
      "CHILD_INVESTIGATION_OVERDUE");

  static final List<String> DECLINE_REASONS = java.util.stream.Stream.concat(
      java.util.Arrays.stream(DeclineReason.values()).map(DeclineReason::code), java.util.stream.Stream.of(
          REASON_NOT_RECORDED)).toList();

  private final ClosedYears history;

  YearlyStatistics(ClosedYears history) {
    this.history = history;
  }

  public YearlyReport forYear(int year, StatisticsScope scope) {
    return forYears(year, year, scope).get(0);
  }

  /** One report per year from {@code first} to {@code last}, read from history in one go ({@link ClosedYears}). */
  public List<YearlyReport> forYears(int first, int last, StatisticsScope scope) {
    long started = System.nanoTime();
    ClosedYears.HistoryFacts facts = history.facts(first, last);
    long read = System.nanoTime();
    List<CaseFacts> cases = facts.cases().stream()
        .filter(c -> scope.includes(c.municipalityCode(), c.policeRegion())).toList();
    List<ChildFacts> children = facts.children().stream()
        .filter(c -> scope.includes(c.municipalityCode(), c.policeRegion())).toList();
    List<Breach> breaches = facts.breaches().stream()
        .filter(b -> scope.includes(b.municipalityCode(), b.policeRegion())).toList();
    List<YearlyReport> reports = new ArrayList<>();
    for (int year = first; year <= last; year++) {
      reports.add(compute(year, cases, children, breaches));
    }
    LOG.debug("Statistics {}-{}: {} cases, {} children, {} breaches read in {} ms, computed in {} ms", first, last,
        cases.size(), children.size(), breaches.size(), (read - started) / 1_000_000,
        (System.nanoTime() - read) / 1_000_000);
    return reports;
  }

  static YearlyReport compute(int year, List<CaseFacts> cases, List<ChildFacts> children, List<Breach> breaches) {
    List<CaseFacts> granted = cases.stream().filter(c -> c.granted() && CaseFacts.within(c.decisionDate(), year))
        .toList();
    List<CaseFacts> applied = cases.stream().filter(c -> CaseFacts.within(c.applicationDate(), year)).toList();
    List<CaseFacts> rejected = cases.stream().filter(c -> c.rejected() && CaseFacts.within(c.decisionDate(), year))
        .toList();
    List<CaseFacts> closed = cases.stream().filter(c -> c.outcome() != null
        && CaseFacts.within(c.outcomeRecorded(), year)).toList();
    List<ChildFacts> registered = children.stream().filter(c -> CaseFacts.within(c.started(), year)).toList();

    Map<String, Integer> bySex = zeros(SEXES);
    granted.forEach(c -> bySex.merge(c.personSex() == null ? "unknown" : c.personSex(), 1, Integer::sum));
    Map<String, Integer> forms = zeros(ExploitationForm.categories());
    granted.forEach(c -> forms.merge(ExploitationForm.categoryOf(c.exploitationForms()), 1, Integer::sum));
    Map<String, Integer> reasons = new LinkedHashMap<>();
    rejected.forEach(c -> reasons.merge(reasonOf(c), 1, Integer::sum));
    Map<String, Integer> outcomes = zeros(java.util.Arrays.stream(Outcome.values()).map(Enum::name).toList());
    closed.forEach(c -> outcomes.merge(c.outcome(), 1, Integer::sum));
    List<CaseFacts> declined = cases.stream().filter(c -> c.declined()
        && CaseFacts.within(c.applicationDecisionDate(), year)).toList();
    Map<String, Integer> declineReasons = zeros(DECLINE_REASONS);
    declined.forEach(c -> declineReasons.merge(declineReasonOf(c), 1, Integer::sum));
    Map<String, Integer> kinds = zeros(BREACH_KINDS);
    breaches.stream().filter(b -> CaseFacts.within(b.day(), year))
        .forEach(b -> kinds.merge(b.kind() == null ? "UNKNOWN" : b.kind(), 1, Integer::sum));

    int uncovered = (int) registered.stream().filter(ChildFacts::uncoveredOnArrival).count();
    return new YearlyReport(year,
        new Granted(granted.size(), bySex, count(granted, ApplicantType.SOCIAL_SERVICES),
            count(granted, ApplicantType.INVESTIGATION_LEADER), viaCoordinator(granted)),
        new Applications(applied.size(), count(applied, ApplicantType.SOCIAL_SERVICES),
            count(applied, ApplicantType.INVESTIGATION_LEADER), viaCoordinator(applied)),
        forms,
        new Rejections(rejected.size(), reasons,
            (int) closed.stream().filter(c -> Outcome.NOT_ELIGIBLE.name().equals(c.outcome())).count()),
        new Declines(declined.size(), declineReasons, (int) declined.stream()
            .filter(c -> Outcome.NATIONAL_SUPPORT_PROGRAMME.name().equals(c.outcome())).count()),
        new Children(registered.size(), registered.size() - uncovered, uncovered,
            (int) registered.stream().filter(ChildFacts::basisSecured).count(),
            (int) registered.stream().filter(ChildFacts::leftSweden).count(),
            (int) registered.stream().filter(ChildFacts::stillUncovered).count()),
        outcomes,
        new Durations(
            Percentiles.of(days(applied, CaseFacts::identificationDate, CaseFacts::applicationDate)),
            Percentiles.of(days(cases.stream().filter(c -> c.decisionResult() != null
                && CaseFacts.within(c.decisionDate(), year)).toList(),
                CaseFacts::applicationDate, CaseFacts::decisionDate))),
        kinds);
  }

  /** The decline's reason as counted: a code of the list, or "not_recorded". */
  private static String declineReasonOf(CaseFacts c) {
    return DeclineReason.of(c.declineReason()).map(DeclineReason::code).orElse(REASON_NOT_RECORDED);
  }

  private static String reasonOf(CaseFacts c) {
    String reason = c.rejectionReason() == null ? "" : c.rejectionReason().strip();
    return reason.isEmpty() ? "(ingen motivering)" : reason.length() > 200 ? reason.substring(0, 200) : reason;
  }

  private static int count(List<CaseFacts> cases, ApplicantType type) {
    return (int) cases.stream().filter(c -> type.name().equals(c.applicantType())).count();
  }

  private static int viaCoordinator(List<CaseFacts> cases) {
    return (int) cases.stream().filter(c -> ApplicantType.SOCIAL_SERVICES.name().equals(c.applicantType())
        && c.viaRegionalCoordinator()).count();
  }

  private static List<Long> days(List<CaseFacts> cases, java.util.function.Function<CaseFacts, LocalDate> start,
      java.util.function.Function<CaseFacts, LocalDate> end) {
    List<Long> days = new ArrayList<>();
    for (CaseFacts c : cases) {
      LocalDate from = start.apply(c);
      LocalDate to = end.apply(c);
      if (from != null && to != null && !to.isBefore(from)) {
        days.add(ChronoUnit.DAYS.between(from, to));
      }
    }
    return days;
  }

  private static Map<String, Integer> zeros(List<String> keys) {
    Map<String, Integer> map = new LinkedHashMap<>();
    keys.forEach(key -> map.put(key, 0));
    return map;
  }
}
