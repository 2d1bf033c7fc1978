package se.betanketid.statistics;

import java.time.LocalDate;
import java.util.List;
import se.betanketid.casefile.ApplicantType;

/**
 * One synthetic case of a statistics cohort: who applied, the person's sex and exploitation forms, where, the
 * dates (identified, applied, decided), the decision and the step after it. {@link CaseDriver} runs it through
 * the real processes.
 */
record CohortCase(ApplicantType route, String sex, boolean viaCoordinator, String municipality, List<String> forms,
    LocalDate identified, LocalDate applied, LocalDate decided, String result, String outcome,
    List<String> children, boolean eligible, boolean decisionOverdue) {

  static CohortCase granted(ApplicantType route, String sex, String municipality, LocalDate identified,
      LocalDate applied, LocalDate decided, String outcome) {
    return new CohortCase(route, sex, false, municipality, List.of("sexual"), identified, applied, decided,
        "granted", outcome, List.of(), true, false);
  }

  CohortCase throughCoordinator() {
    return new CohortCase(route, sex, true, municipality, forms, identified, applied, decided, result, outcome,
        children, eligible, decisionOverdue);
  }

  CohortCase forms(List<String> exploitationForms) {
    return new CohortCase(route, sex, viaCoordinator, municipality, exploitationForms, identified, applied, decided,
        result, outcome, children, eligible, decisionOverdue);
  }

  CohortCase rejected() {
    return new CohortCase(route, sex, viaCoordinator, municipality, forms, identified, applied, decided, "rejected",
        "REJECTED", children, eligible, decisionOverdue);
  }

  CohortCase notEligible() {
    return new CohortCase(route, sex, viaCoordinator, municipality, forms, identified, null, null, null,
        "NOT_ELIGIBLE", children, false, decisionOverdue);
  }

  CohortCase withChildren(List<String> coverages) {
    return new CohortCase(route, sex, viaCoordinator, municipality, forms, identified, applied, decided, result,
        outcome, coverages, eligible, decisionOverdue);
  }

  /** The decision is late: the escalation timer fires before the decision is registered. */
  CohortCase lateDecision() {
    return new CohortCase(route, sex, viaCoordinator, municipality, forms, identified, applied, decided, result,
        outcome, children, eligible, true);
  }
}
