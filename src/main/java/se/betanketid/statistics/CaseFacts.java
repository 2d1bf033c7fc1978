package se.betanketid.statistics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import se.betanketid.calendar.EngineTime;

/** What the statistics need of one case (a route's process instance and its ReflectionPeriodProcess). */
record CaseFacts(String rootId, String caseNumber, String applicantType, String municipalityCode,
    String policeRegion, boolean viaRegionalCoordinator, String personSex, List<String> exploitationForms,
    LocalDate identificationDate, LocalDate applicationDate, String decisionResult, LocalDate decisionDate,
    String rejectionReason, String outcome, LocalDate outcomeRecorded, String alternative,
    String applicationDecision, LocalDate applicationDecisionDate, String declineReason) {

  /**
   * The case's facts from its variable rows. Where a name has several rows (the route's and, copied in or out,
   * the ReflectionPeriodProcess's), a process-level row wins over a local one and the newer over the older;
   * the outcome counts from when it was first recorded.
   */
  static CaseFacts of(String rootId, Collection<VariableRow> rows) {
    Map<String, VariableRow> latest = rows.stream().collect(Collectors.toMap(VariableRow::name, row -> row,
        (a, b) -> PREFERENCE.compare(a, b) >= 0 ? a : b));
    VariableRow outcome = latest.get(HistoryNames.OUTCOME);
    Instant outcomeCreated = rows.stream().filter(row -> row.name().equals(HistoryNames.OUTCOME))
        .map(VariableRow::created).filter(java.util.Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
    return new CaseFacts(rootId, text(latest, HistoryNames.CASE_NUMBER), text(latest, HistoryNames.APPLICANT_TYPE),
        text(latest, HistoryNames.MUNICIPALITY_CODE), text(latest, HistoryNames.POLICE_REGION),
        Boolean.TRUE.equals(row(latest, HistoryNames.VIA_REGIONAL_COORDINATOR).bool()),
        text(latest, HistoryNames.PERSON_SEX), row(latest, HistoryNames.EXPLOITATION_FORMS).strings(),
        date(latest, HistoryNames.IDENTIFICATION_DATE), date(latest, HistoryNames.APPLICATION_DATE),
        text(latest, HistoryNames.DECISION_RESULT), date(latest, HistoryNames.DECISION_DATE),
        text(latest, HistoryNames.REJECTION_REASON), outcome == null ? null : outcome.text(),
        outcomeCreated == null ? null : EngineTime.toLocalDate(outcomeCreated),
        text(latest, HistoryNames.ALTERNATIVE), text(latest, HistoryNames.APPLICATION_DECISION),
        date(latest, HistoryNames.APPLICATION_DECISION_DATE), text(latest, HistoryNames.DECLINE_REASON));
  }

  private static final Comparator<VariableRow> PREFERENCE = Comparator
      .comparing(VariableRow::processLevel)
      .thenComparing(VariableRow::created, Comparator.nullsFirst(Comparator.naturalOrder()));

  private static final VariableRow ABSENT = new VariableRow(null, null, false, "", null, null);

  private static VariableRow row(Map<String, VariableRow> rows, String name) {
    return rows.getOrDefault(name, ABSENT);
  }

  private static String text(Map<String, VariableRow> rows, String name) {
    return row(rows, name).text();
  }

  private static LocalDate date(Map<String, VariableRow> rows, String name) {
    return row(rows, name).date();
  }

  boolean granted() {
    return HistoryNames.GRANTED.equals(decisionResult);
  }

  boolean rejected() {
    return HistoryNames.REJECTED.equals(decisionResult);
  }

  /** The social welfare board decided not to apply (its decision dated {@code applicationDecisionDate}). */
  boolean declined() {
    return HistoryNames.DO_NOT_APPLY.equals(applicationDecision);
  }

  /**
   * Whether the case counts in the year at all: its application or decision is dated in it, the board's decision
   * not to apply is, or its outcome was recorded then (the dates that place a case in a year, docs/statistics.md).
   */
  boolean touches(int year) {
    return within(applicationDate, year) || within(decisionDate, year) || within(outcomeRecorded, year)
        || declined() && within(applicationDecisionDate, year);
  }

  static boolean within(LocalDate day, int year) {
    return day != null && day.getYear() == year;
  }
}
