package se.betanketid.casefile;

/** How a case ended: the one {@code outcome} variable every ending sets, which the statistics read. */
public enum Outcome {
  NOT_ELIGIBLE,
  /** Eligible, but the social welfare board decided not to apply (with {@code alternative}). */
  NOT_APPLIED,
  REJECTED,
  PERMIT_SIX_MONTHS,
  LONGER_REFLECTION_PERIOD,
  ASSISTED_RETURN,
  /** Support from the national support programme: after the period, or after the board decided not to apply. */
  NATIONAL_SUPPORT_PROGRAMME,
  ASYLUM,
  UNREACHABLE,
  NO_FURTHER_ACTION
}
