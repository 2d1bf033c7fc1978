package se.betanketid.demo;

import java.util.List;
import se.betanketid.casefile.ApplicantType;
import se.betanketid.casefile.CaseVariables;

/** The process keys and variable names (docs/architecture.md) the demo cases set and read. */
final class HistoryNames {

  static final String REFLECTION_PERIOD_PROCESS = "ReflectionPeriodProcess";
  static final String CHILD_PROCESS = "AccompanyingChildProcess";
  static final List<String> ROUTES = List.of(ApplicantType.SOCIAL_SERVICES.processKey(),
      ApplicantType.INVESTIGATION_LEADER.processKey());
  /** The processes of a case whose variables describe the person and the decision (not the children's). */
  static final List<String> CASE_PROCESSES = List.of(ROUTES.get(0), ROUTES.get(1), REFLECTION_PERIOD_PROCESS);

  static final String CASE_NUMBER = CaseVariables.CASE_NUMBER;
  static final String APPLICANT_TYPE = CaseVariables.APPLICANT_TYPE;
  static final String MUNICIPALITY_CODE = CaseVariables.MUNICIPALITY_CODE;
  static final String POLICE_REGION = CaseVariables.POLICE_REGION;
  static final String VIA_REGIONAL_COORDINATOR = CaseVariables.VIA_REGIONAL_COORDINATOR;
  static final String PERSON_SEX = "personSex";
  static final String EXPLOITATION_FORMS = "exploitationForms";
  static final String IDENTIFICATION_DATE = "identificationDate";
  static final String APPLICATION_DATE = "applicationDate";
  static final String DECISION_RESULT = "decisionResult";
  static final String DECISION_DATE = "decisionDate";
  static final String VALID_UNTIL = "validUntil";
  static final String REJECTION_REASON = "rejectionReason";
  static final String OUTCOME = CaseVariables.OUTCOME;
  static final String ALTERNATIVE = CaseVariables.ALTERNATIVE;
  static final String APPLICATION_DECISION = "applicationDecision";
  static final String APPLICATION_DECISION_DATE = "applicationDecisionDate";
  static final String DECLINE_REASON = "declineReason";

  static final List<String> CASE_VARIABLES = List.of(CASE_NUMBER, APPLICANT_TYPE, MUNICIPALITY_CODE, POLICE_REGION,
      VIA_REGIONAL_COORDINATOR, PERSON_SEX, EXPLOITATION_FORMS, IDENTIFICATION_DATE, APPLICATION_DATE,
      DECISION_RESULT, DECISION_DATE, REJECTION_REASON, OUTCOME, ALTERNATIVE, APPLICATION_DECISION,
      APPLICATION_DECISION_DATE, DECLINE_REASON);

  static final String CHILD_COVERED = "childCovered";
  static final String COVERAGE_BASIS = "coverageBasis";
  static final String CHILD_ESCALATION_OPEN = "childEscalationOpen";
  static final String COVERED_ON_ARRIVAL = "coveredOnArrival";
  static final String SECURED_COVERAGE = "securedCoverage";

  static final String ESCALATION_KIND = "escalationKind";

  static final String GRANTED = "granted";
  /** The value of {@code applicationDecision} when the board decided not to apply. */
  static final String DO_NOT_APPLY = "do_not_apply";
  static final String REJECTED = "rejected";

  private HistoryNames() {}
}
