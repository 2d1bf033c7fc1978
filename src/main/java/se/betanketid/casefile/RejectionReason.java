package se.betanketid.casefile;

import java.util.Optional;

/**
 * Why Migrationsverket rejected the application, as a code ({@code rejectionReasonCode} in
 * {@code forms/register-decision.form}; the form's options must be exactly these, tested): the conditions of
 * 5 kap. 15 § andra stycket utlänningslagen that a rejection can rest on (the person is not in Sweden, already
 * holds a residence permit, cannot be presumed a victim), and "Annat". The decision's own words stay in
 * {@code rejectionReason} (free text, never in the statistics); the statistics count rejections by these codes.
 */
public enum RejectionReason implements CodedOption {
  HAS_RESIDENCE_PERMIT("has_residence_permit", "Personen har redan uppehållstillstånd i Sverige"),
  NOT_IN_SWEDEN("not_in_sweden", "Personen befinner sig inte i Sverige"),
  NOT_PRESUMED_VICTIM("not_presumed_victim",
      "Personen kan inte antas vara offer för människohandel eller människoexploatering"),
  OTHER("other", "Annat");

  private final Option option;

  RejectionReason(String code, String label) {
    option = new Option(code, label);
  }

  /** {@code code()}: the value stored in {@code rejectionReasonCode}. */
  @Override
  public Option option() {
    return option;
  }

  public static Optional<RejectionReason> of(Object code) {
    return CodedOption.byCode(values(), code);
  }
}
