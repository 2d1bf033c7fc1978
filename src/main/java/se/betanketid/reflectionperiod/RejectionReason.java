package se.betanketid.reflectionperiod;

import java.util.Arrays;
import java.util.Optional;

/**
 * Why Migrationsverket rejected the application, as a code ({@code rejectionReasonCode} in
 * {@code forms/register-decision.form}; the form's options must be exactly these, tested): the conditions of
 * 5 kap. 15 § andra stycket utlänningslagen that a rejection can rest on (the person is not in Sweden, already
 * holds a residence permit, cannot be presumed a victim), and "Annat". The decision's own words stay in
 * {@code rejectionReason} (free text, never in the statistics); the statistics count rejections by these codes.
 */
public enum RejectionReason {
  HAS_RESIDENCE_PERMIT("has_residence_permit", "Personen har redan uppehållstillstånd i Sverige"),
  NOT_IN_SWEDEN("not_in_sweden", "Personen befinner sig inte i Sverige"),
  NOT_PRESUMED_VICTIM("not_presumed_victim",
      "Personen kan inte antas vara offer för människohandel eller människoexploatering"),
  OTHER("other", "Annat");

  private final String code;
  private final String label;

  RejectionReason(String code, String label) {
    this.code = code;
    this.label = label;
  }

  /** The value stored in {@code rejectionReasonCode}. */
  public String code() {
    return code;
  }

  /** The Swedish text the form and the statistics show. */
  public String label() {
    return label;
  }

  public static Optional<RejectionReason> of(Object code) {
    return Arrays.stream(values()).filter(reason -> reason.code.equals(code)).findFirst();
  }
}
