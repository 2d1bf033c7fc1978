package se.betanketid.register;

import java.util.Set;
import se.betanketid.casefile.ApplicantType;
import se.betanketid.casefile.CaseVariables;
import se.betanketid.child.ChildProcess;

/** The processes and variables the register follows (docs/architecture.md lists the variables). */
final class RegisterNames {

  static final String REFLECTION_PERIOD_PROCESS = "ReflectionPeriodProcess";
  static final String CHILD_PROCESS = ChildProcess.KEY;
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
  static final String PERSON_SEX = "personSex";
  static final String PERSON_BIRTH_DATE = "personBirthDate";
  static final String EXPLOITATION_FORMS = "exploitationForms";
  static final String IDENTIFICATION_DATE = "identificationDate";
  static final String APPLICATION_DATE = "applicationDate";
  static final String DECISION_RESULT = "decisionResult";
  static final String DECISION_DATE = "decisionDate";
  static final String VALID_UNTIL = "validUntil";
  /** Why the board decided not to apply (a code; the helper "decline" introduces it). */
  static final String DECLINE_REASON = "declineReason";
  /** Migrationsverket's ground for a rejection (a code; its free-text words are never read). */
  static final String REJECTION_REASON_CODE =
      se.betanketid.reflectionperiod.ReflectionPeriodProcess.REJECTION_REASON_CODE;
  /** The board's decision whether to apply ({@code apply} | {@code do_not_apply}) and its date. */
  static final String APPLICATION_DECISION = se.betanketid.application.SocialServicesApplication.APPLICATION_DECISION;
  static final String APPLICATION_DECISION_DATE =
      se.betanketid.application.SocialServicesApplication.APPLICATION_DECISION_DATE;
  static final String ESCALATION_KIND = "escalationKind";
  static final String CHILD_NUMBER = ChildProcess.CHILD_NUMBER;
  static final String CHILD_COVERED = ChildProcess.CHILD_COVERED;
  static final String COVERAGE_BASIS = ChildProcess.COVERAGE_BASIS;
  static final String CHILD_ESCALATION_OPEN = ChildProcess.CHILD_ESCALATION_OPEN;
  /** Set once by a child's first coverage decision (the helper "childtrack" introduces it). */
  static final String COVERED_ON_ARRIVAL = "coveredOnArrival";
  static final String LEFT_SWEDEN = ChildProcess.LEFT_SWEDEN;

  /** Every variable the register reads (the rebuild asks history for these only). */
  static final Set<String> VARIABLES = Set.of(CASE_NUMBER, APPLICANT_TYPE, MUNICIPALITY_CODE, POLICE_REGION,
      VIA_REGIONAL_COORDINATOR, OUTCOME, PERSON_SEX, PERSON_BIRTH_DATE, EXPLOITATION_FORMS, IDENTIFICATION_DATE,
      APPLICATION_DATE, DECISION_RESULT, DECISION_DATE, VALID_UNTIL, DECLINE_REASON, REJECTION_REASON_CODE,
      ESCALATION_KIND, CHILD_NUMBER, CHILD_COVERED, COVERAGE_BASIS, CHILD_ESCALATION_OPEN, COVERED_ON_ARRIVAL, APPLICATION_DECISION, APPLICATION_DECISION_DATE);

  static final String CASE = "case";
  static final String CHILD = "child";

  private RegisterNames() {}
}
