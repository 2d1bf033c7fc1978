package se.betanketid.register;

/**
 * The one rule of a child without a residence basis of its own now: still running, not covered, and its
 * escalation open (or, before an escalation was recorded, found not covered). The register's counts, the case
 * page and the dashboard all ask this rule.
 */
public final class UncoveredChild {

  private UncoveredChild() {}

  /** {@code closedAt}: when the child's process ended (null: running); the other two as case_file keeps them. */
  public static boolean is(Object closedAt, Boolean covered, Boolean escalationOpen) {
    return closedAt == null && !Boolean.TRUE.equals(covered)
        && (Boolean.TRUE.equals(escalationOpen) || escalationOpen == null && Boolean.FALSE.equals(covered));
  }
}
