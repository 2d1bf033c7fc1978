package se.betanketid.statistics;

import static se.betanketid.casefile.ApplicantType.INVESTIGATION_LEADER;
import static se.betanketid.casefile.ApplicantType.SOCIAL_SERVICES;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The Gender Equality Agency's report 2024:3 as synthetic cohorts (domain.md, "The figures agencies report"):
 * 2022: 20 granted (12 women, 8 men), the social services applied in 5; 2023: 22 granted (14 women, 8 men),
 * the social services applied in 10, 7 of which came through a regional coordinator. Around them, what the
 * statistics must place right: a case applied for in December 2022 and granted in January 2023, a rejection,
 * a case that did not meet the conditions, two children (one without a basis), a late decision.
 *
 * <p>Case k of a year: decided on a day of its own; days from application to decision k % 5 + 1 (2022: 10 and
 * 12 for the last two), from identification to application k % 3; exploitation forms by k % 4, outcome by
 * k % 3. The social services' route opened on 1 August 2022, so its 2022 cases come after that.
 */
final class ReportCohorts {

  static final String STOCKHOLM = "0180";
  static final String GOTEBORG = "1480";
  static final String MALMO = "1280";
  static final List<List<String>> FORMS = List.of(List.of("sexual"), List.of("labour"),
      List.of("sexual", "criminal"), List.of("begging"));
  static final List<String> OUTCOMES = List.of("NO_FURTHER_ACTION", "NATIONAL_SUPPORT_PROGRAMME", "ASYLUM");
  static final String REJECTION_REASON = "Underlaget räckte inte för att anta att personen är offer.";

  private ReportCohorts() {}

  static List<CohortCase> year2022() {
    List<CohortCase> cases = new ArrayList<>();
    for (int k = 0; k < 20; k++) {
      boolean socialServices = k >= 15;
      String sex = socialServices ? (k < 18 ? "female" : "male") : (k < 9 ? "female" : "male");
      LocalDate decided = LocalDate.of(2022, 8, 1).plusDays(6L * k);
      int toDecision = k == 18 ? 10 : k == 19 ? 12 : k % 5 + 1;
      CohortCase c = of(socialServices, sex, k, decided, toDecision, k % 3);
      if (socialServices && k <= 16) {
        c = c.throughCoordinator();
      }
      cases.add(k == 19 ? c.lateDecision() : c);
    }
    return cases;
  }

  static List<CohortCase> year2023() {
    List<CohortCase> cases = new ArrayList<>();
    for (int k = 0; k < 22; k++) {
      boolean socialServices = k >= 12;
      String sex = socialServices ? (k < 18 ? "female" : "male") : (k < 8 ? "female" : "male");
      LocalDate decided = LocalDate.of(2023, 1, 3).plusDays(15L * k);
      CohortCase c = k == 0 ? of(false, sex, k, decided, 5, 1) : of(socialServices, sex, k, decided, k % 5 + 1, k % 3);
      if (socialServices && k <= 18) {
        c = c.throughCoordinator();
      }
      if (k == 2) {
        c = new CohortCase(c.route(), c.sex(), false, MALMO, c.forms(), c.identified(), c.applied(), c.decided(),
            c.result(), c.outcome(), List.of("swedish_citizen", "none_known"), true, false);
      }
      cases.add(c);
    }
    cases.add(CohortCase.granted(SOCIAL_SERVICES, "female", STOCKHOLM, LocalDate.of(2023, 6, 18),
        LocalDate.of(2023, 6, 18), LocalDate.of(2023, 6, 20), null).forms(List.of("labour")).rejected());
    cases.add(CohortCase.granted(SOCIAL_SERVICES, "male", STOCKHOLM, LocalDate.of(2023, 9, 5), null, null, null)
        .notEligible());
    return cases;
  }

  private static CohortCase of(boolean socialServices, String sex, int k, LocalDate decided, int toDecision,
      int toApplication) {
    LocalDate applied = decided.minusDays(toDecision);
    String municipality = socialServices || k % 2 == 0 ? STOCKHOLM : GOTEBORG;
    return CohortCase.granted(socialServices ? SOCIAL_SERVICES : INVESTIGATION_LEADER, sex, municipality,
        applied.minusDays(toApplication), applied, decided, OUTCOMES.get(k % 3)).forms(FORMS.get(k % 4));
  }
}
