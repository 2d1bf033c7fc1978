package se.betanketid.register;

import java.util.Set;
import se.betanketid.casefile.ApplicantType;
import se.betanketid.casefile.CaseProcesses;
import se.betanketid.casefile.CaseVariables;

/** The processes and variables the register follows (docs/architecture.md lists the variables). */
final class RegisterNames {

  static final String REFLECTION_PERIOD_PROCESS = CaseProcesses.REFLECTION_PERIOD;
  static final String CHILD_PROCESS = CaseProcesses.ACCOMPANYING_CHILD;
  static final Set<String> ROUTES = Set.of(ApplicantType.SOCIAL_SERVICES.processKey(),
      ApplicantType.INVESTIGATION_LEADER.processKey());
  /** The processes whose instances make up a case. */
  static final Set<String> CASE_PROCESSES = Set.of(ApplicantType.SOCIAL_SERVICES.processKey(),
      ApplicantType.INVESTIGATION_LEADER.processKey(), REFLECTION_PERIOD_PROCESS, CHILD_PROCESS);

  static final String CASE_NUMBER = CaseVariables.CASE_NUMBER;
  static final String APPLICANT_TYPE = CaseVariables.APPLICANT_TYPE;
  static final String MUNICIPALITY_CODE = CaseVariables.MUNICIPALITY_CODE;
  static final String POLICE_REGION = CaseVariables.POLICE_REGION;
  static final String VIA_REGIONAL_COORDINATOR = CaseVariables.VIA_REGIONAL_COORDINATOR;
  static final String OUTCOME = CaseVariables.OUTCOME;
  static final String PERSON_SEX = CaseVariables.PERSON_SEX;
  static final String PERSON_BIRTH_DATE = CaseVariables.PERSON_BIRTH_DATE;
  static final String EXPLOITATION_FORMS = CaseVariables.EXPLOITATION_FORMS;
  static final String IDENTIFICATION_DATE = CaseVariables.IDENTIFICATION_DATE;
  static final String APPLICATION_DATE = CaseVariables.APPLICATION_DATE;
  static final String DECISION_RESULT = CaseVariables.DECISION_RESULT;
  static final String DECISION_DATE = CaseVariables.DECISION_DATE;
  static final String VALID_UNTIL = CaseVariables.VALID_UNTIL;
  /** Why the board decided not to apply (a code; the helper "decline" introduces it). */
  static final String DECLINE_REASON = CaseVariables.DECLINE_REASON;
  /** Migrationsverket's ground for a rejection (a code; its free-text words are never read). */
  static final String REJECTION_REASON_CODE = CaseVariables.REJECTION_REASON_CODE;
  /** The board's decision whether to apply ({@code apply} | {@code do_not_apply}) and its date. */
  static final String APPLICATION_DECISION = CaseVariables.APPLICATION_DECISION;
  static final String APPLICATION_DECISION_DATE =
      CaseVariables.APPLICATION_DECISION_DATE;
  static final String ESCALATION_KIND = CaseVariables.ESCALATION_KIND;
  static final String CHILD_NUMBER = CaseVariables.CHILD_NUMBER;
  static final String CHILD_COVERED = CaseVariables.CHILD_COVERED;
  static final String COVERAGE_BASIS = CaseVariables.COVERAGE_BASIS;
  static final String CHILD_ESCALATION_OPEN = CaseVariables.CHILD_ESCALATION_OPEN;
  /** Set once by a child's first coverage decision (the helper "childtrack" introduces it). */
  static final String COVERED_ON_ARRIVAL = CaseVariables.COVERED_ON_ARRIVAL;
  static final String LEFT_SWEDEN = CaseVariables.LEFT_SWEDEN;

  /** Every variable the register reads (the rebuild asks history for these only). */
  static final Set<String> VARIABLES = Set.of(CASE_NUMBER, APPLICANT_TYPE, MUNICIPALITY_CODE, POLICE_REGION,
      VIA_REGIONAL_COORDINATOR, OUTCOME, PERSON_SEX, PERSON_BIRTH_DATE, EXPLOITATION_FORMS, IDENTIFICATION_DATE,
      APPLICATION_DATE, DECISION_RESULT, DECISION_DATE, VALID_UNTIL, DECLINE_REASON, REJECTION_REASON_CODE,
      ESCALATION_KIND, CHILD_NUMBER, CHILD_COVERED, COVERAGE_BASIS, CHILD_ESCALATION_OPEN, COVERED_ON_ARRIVAL, APPLICATION_DECISION, APPLICATION_DECISION_DATE);

  static final String CASE = "case";
  static final String CHILD = "child";

  private RegisterNames() {}
}
