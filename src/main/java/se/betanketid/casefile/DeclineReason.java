package se.betanketid.casefile;

import java.util.Optional;

/**
 * Why the social welfare board decided not to apply for a reflection period ({@code declineReason} in
 * {@code forms/decide-on-application.form}; the form's options must be exactly these, tested). Grounded in the
 * conditions of 5 kap. 15 § utlänningslagen (in Sweden, no residence permit, presumed a victim) and in the
 * Gender Equality Agency's report 2024:3 (persons who feared the social services, could not be reached, or whom
 * the municipality did not apply for). The statistics count declines by these codes.
 */
public enum DeclineReason implements CodedOption {
  PERSON_DECLINED("person_declined", "Personen vill inte att nämnden ansöker"),
  HAS_RESIDENCE_PERMIT("has_residence_permit", "Personen har redan uppehållstillstånd i Sverige"),
  NOT_IN_SWEDEN("not_in_sweden", "Personen befinner sig inte i Sverige"),
  NOT_PRESUMED_VICTIM("not_presumed_victim",
      "Personen kan inte antas vara offer för människohandel eller människoexploatering"),
  UNREACHABLE("unreachable", "Personen kan inte nås"),
  OTHER("other", "Annat skäl");

  private final Option option;

  DeclineReason(String code, String label) {
    option = new Option(code, label);
  }

  /** {@code code()}: the value stored in {@code declineReason}. */
  @Override
  public Option option() {
    return option;
  }

  public static Optional<DeclineReason> of(Object code) {
    return CodedOption.byCode(values(), code);
  }
}
