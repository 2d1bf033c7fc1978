package se.betanketid.statistics;

import java.util.Map;

/**
 * The yearly figures (docs/statistics.md says which date places a case in which year). Maps keep a fixed,
 * readable order and hold zeros for the usual values.
 */
public record YearlyReport(int year, Granted granted, Applications applications,
    Map<String, Integer> exploitationForms, Rejections rejections, Declines declines, Children children,
    Map<String, Integer> outcomes, Durations days, Map<String, Integer> deadlineBreaches) {

  /** Persons granted a reflection period in the year (decision date). */
  public record Granted(int total, Map<String, Integer> bySex, int socialServices, int investigationLeader,
      int socialServicesViaCoordinator) {}

  /** Applications sent to Migrationsverket in the year (application date). */
  public record Applications(int total, int socialServices, int investigationLeader,
      int socialServicesViaCoordinator) {}

  /** Migrationsverket's rejections in the year (decision date), by reason; cases found not eligible. */
  public record Rejections(int total, Map<String, Integer> byReason, int notEligible) {}

  /**
   * The social welfare board's decisions not to apply in the year (the decision's date), by reason (the codes of
   * {@code casefile.DeclineReason}, and {@code not_recorded} for cases decided before the reason was asked), and
   * how many of them the national support programme (NSP) then supported.
   */
  public record Declines(int total, Map<String, Integer> byReason, int nationalSupportProgramme) {}

  /**
   * Accompanying children registered in the year: with a basis of their own when registered, without one; of
   * those without, how many have got one since, left Sweden, or are still without now (the three add up).
   */
  public record Children(int total, int coveredOnArrival, int uncoveredOnArrival, int basisSecured, int leftSweden,
      int stillUncovered) {}

  public record Durations(Spread identificationToApplication, Spread applicationToDecision) {}

  /** Calendar days: how many cases, the median and the 90th percentile (null without cases). */
  public record Spread(int cases, Double median, Double p90) {}
}
