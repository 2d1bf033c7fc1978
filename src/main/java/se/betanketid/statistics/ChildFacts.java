package se.betanketid.statistics;

import java.time.LocalDate;

/**
 * One accompanying child (an AccompanyingChildProcess instance): when its case opened it, whether it had a
 * residence basis of its own, and whether its escalation is still open.
 */
record ChildFacts(String rootId, String municipalityCode, String policeRegion, LocalDate started, boolean running,
    Boolean covered, String coverageBasis, Boolean escalationOpen) {

  /** Still without a residence basis now: the instance runs and its escalation is open (or it was never covered). */
  boolean stillUncovered() {
    return running && (Boolean.TRUE.equals(escalationOpen) || escalationOpen == null && Boolean.FALSE.equals(covered));
  }
}
