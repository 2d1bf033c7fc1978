package se.betanketid.casefile;

/** Names of the case variables that Java code reads or sets (docs/architecture.md lists them all). */
public final class CaseVariables {

  public static final String CASE_NUMBER = "caseNumber";
  public static final String APPLICANT_TYPE = "applicantType";
  public static final String MUNICIPALITY_CODE = "municipalityCode";
  public static final String POLICE_REGION = "policeRegion";
  public static final String VIA_REGIONAL_COORDINATOR = "viaRegionalCoordinator";
  public static final String REFERRED_BY_COORDINATOR = "referredByCoordinator";
  public static final String COORDINATOR_CONSENT = "coordinatorConsent";
  public static final String CHILDREN = "children";
  public static final String OUTCOME = "outcome";
  public static final String ALTERNATIVE = "alternative";

  // the person and the case's facts, set by the routes' forms and read by the register, the statistics, the documents
  public static final String PERSON_SEX = "personSex";
  public static final String PERSON_BIRTH_DATE = "personBirthDate";
  public static final String EXPLOITATION_FORMS = "exploitationForms";
  public static final String IDENTIFICATION_DATE = "identificationDate";
  public static final String APPLICATION_DATE = "applicationDate";
  /** The board's decision whether to apply ({@link #APPLY} | {@link #DO_NOT_APPLY}) and its date. */
  public static final String APPLICATION_DECISION = "applicationDecision";
  public static final String APPLICATION_DECISION_DATE = "applicationDecisionDate";
  public static final String APPLY = "apply";
  public static final String DO_NOT_APPLY = "do_not_apply";
  /** Why the board decided not to apply: a {@link DeclineReason} code. */
  public static final String DECLINE_REASON = "declineReason";

  // Migrationsverket's decision on the reflection period (ReflectionPeriodProcess)
  public static final String DECISION_RESULT = "decisionResult";
  public static final String DECISION_DATE = "decisionDate";
  public static final String VALID_UNTIL = "validUntil";
  public static final String REJECTION_REASON = "rejectionReason";
  /** The rejection's ground as a code of {@link RejectionReason} (what the statistics count). */
  public static final String REJECTION_REASON_CODE = "rejectionReasonCode";
  public static final String GRANTED = "granted";
  public static final String REJECTED = "rejected";

  /** A deadline breach's kind, a local variable of the escalation's service task (e.g. {@code DECISION_OVERDUE}). */
  public static final String ESCALATION_KIND = "escalationKind";

  // a child's instance (AccompanyingChildProcess)
  public static final String CHILD_NUMBER = "childNumber";
  public static final String CHILD_COVERED = "childCovered";
  public static final String COVERAGE_BASIS = "coverageBasis";
  public static final String CHILD_ESCALATION_OPEN = "childEscalationOpen";
  public static final String SECURED_COVERAGE = "securedCoverage";
  /** Set once by a child's first coverage decision, never changed. */
  public static final String COVERED_ON_ARRIVAL = "coveredOnArrival";
  /** The coverage basis of a child who has left Sweden. */
  public static final String LEFT_SWEDEN = "left_sweden";

  /** Set by the engine only; a start that submits them is refused. */
  public static final java.util.Set<String> ENGINE_ONLY =
      java.util.Set.of(CASE_NUMBER, APPLICANT_TYPE, POLICE_REGION, VIA_REGIONAL_COORDINATOR, OUTCOME);

  private CaseVariables() {}
}
