package se.betanketid.statistics;

import java.time.LocalDate;

/**
 * One accompanying child (an AccompanyingChildProcess instance): when its case opened it, whether it had a
 * residence basis of its own when it was registered and whether it has one now (docs/statistics.md, "Children").
 */
record ChildFacts(String rootId, String municipalityCode, String policeRegion, LocalDate started, boolean running,
    Boolean covered, String coverageBasis, Boolean escalationOpen, Boolean coveredOnArrival,
    String securedCoverage, int n) {

  static final String LEFT_SWEDEN = "left_sweden";

  /** One child ({@code n}: how many children alike the row stands for, grouped by the database). */
  ChildFacts(String rootId, String municipalityCode, String policeRegion, LocalDate started, boolean running,
      Boolean covered, String coverageBasis, Boolean escalationOpen, Boolean coveredOnArrival,
      String securedCoverage) {
    this(rootId, municipalityCode, policeRegion, started, running, covered, coverageBasis, escalationOpen,
        coveredOnArrival, securedCoverage, 1);
  }

  /**
   * Without a basis of its own when registered: the first coverage decision found none ({@code coveredOnArrival}
   * false). A child registered before that variable existed: not covered now, or a basis recorded later by the
   * securing task ({@code securedCoverage}). Never changes as the social worker secures a basis.
   */
  boolean uncoveredOnArrival() {
    if (coveredOnArrival != null) {
      return !coveredOnArrival;
    }
    return !Boolean.TRUE.equals(covered) || securedCoverage != null;
  }

  /** Without a basis on arrival and covered now (a basis secured since). */
  boolean basisSecured() {
    return uncoveredOnArrival() && Boolean.TRUE.equals(covered);
  }

  /** Without a basis on arrival and recorded as having left Sweden. */
  boolean leftSweden() {
    return uncoveredOnArrival() && LEFT_SWEDEN.equals(coverageBasis);
  }

  /** Without a basis on arrival and still without one now: neither secured nor gone. */
  boolean stillUncovered() {
    return uncoveredOnArrival() && !basisSecured() && !leftSweden();
  }
}
