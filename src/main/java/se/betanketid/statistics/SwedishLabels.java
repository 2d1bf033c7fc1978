package se.betanketid.statistics;

import java.util.Map;

/**
 * Swedish words for the codes in the statistics (sex, outcomes, deadline kinds); the forms of exploitation and
 * the reasons not to apply have theirs in {@code casefile.ExploitationForm} and {@code casefile.DeclineReason}.
 */
public final class SwedishLabels {

  public static final Map<String, String> SEX = Map.of("female", "kvinnor", "male", "män", "other", "annat kön",
      "unknown", "kön ej angivet");


  static final Map<String, String> OUTCOMES = Map.ofEntries(
      Map.entry("NOT_ELIGIBLE", "villkoren inte uppfyllda"),
      Map.entry("NOT_APPLIED", "ingen ansökan gjord"),
      Map.entry("REJECTED", "avslag"),
      Map.entry("PERMIT_SIX_MONTHS", "uppehållstillstånd minst sex månader"),
      Map.entry("LONGER_REFLECTION_PERIOD", "längre betänketid"),
      Map.entry("ASSISTED_RETURN", "återvändande (ÅMP)"),
      Map.entry("NATIONAL_SUPPORT_PROGRAMME", "nationella stödprogrammet (NSP)"),
      Map.entry("ASYLUM", "asyl"),
      Map.entry("UNREACHABLE", "personen kan inte nås"),
      Map.entry("NO_FURTHER_ACTION", "ingen vidare åtgärd"));

  static final Map<String, String> BREACHES = Map.of(
      "ADVICE_OVERDUE", "råd från regionkoordinator",
      "APPLICATION_OVERDUE", "ansökan till Migrationsverket",
      "DECISION_OVERDUE", "Migrationsverkets beslut",
      "NEXT_STEP_OVERDUE", "nästa steg efter betänketiden",
      "PROTECTION_ASSESSMENT_OVERDUE", "skyddsbedömning av barn",
      "INITIAL_ASSESSMENT_OVERDUE", "förhandsbedömning av barn",
      "CHILD_BASIS_OVERDUE", "barnets uppehållsgrund",
      "CHILD_INVESTIGATION_OVERDUE", "barnutredning");

  /** The reason of a board's decline: the form's label, or "skäl ej registrerat". */
  static String declineReason(String code) {
    return se.betanketid.casefile.DeclineReason.of(code).map(se.betanketid.casefile.DeclineReason::label)
        .orElse("skäl ej registrerat");
  }

  /** The ground of Migrationsverket's rejection: the form's label, or "skäl ej registrerat". */
  static String rejectionReason(String code) {
    return se.betanketid.reflectionperiod.RejectionReason.of(code)
        .map(se.betanketid.reflectionperiod.RejectionReason::label).orElse("skäl ej registrerat");
  }

  private SwedishLabels() {}

  public static String of(Map<String, String> labels, String code) {
    return labels.getOrDefault(code, code);
  }
}
