package se.betanketid.reflectionperiod;

/** Names in {@code bpmn/ReflectionPeriodProcess.bpmn} and its forms that Java code relies on. */
public final class ReflectionPeriodProcess {

  public static final String KEY = "ReflectionPeriodProcess";

  /** Message an integration correlates by business key (= case number) to deliver Migrationsverket's decision. */
  public static final String MESSAGE_DECISION_RECEIVED = "DecisionReceived";

  // user tasks
  public static final String TASK_REGISTER_DECISION = "UserTask_RegisterDecision";
  public static final String TASK_RECORD_ALTERNATIVE = "UserTask_RecordAlternative";
  public static final String TASK_PLAN_NEXT_STEP = "UserTask_PlanNextStep";
  public static final String TASK_RECORD_OUTCOME = "UserTask_RecordOutcome";
  public static final String TASK_RECORD_PERMIT = "UserTask_RecordPermit";
  public static final String TASK_CONSIDER_PERMIT_RENEWAL = "UserTask_ConsiderPermitRenewal";
  public static final String TASK_ARRANGE_ASSISTED_RETURN = "UserTask_ArrangeAssistedReturn";
  public static final String TASK_RECORD_LONGER_PERIOD = "UserTask_RecordLongerPeriod";

  // forms
  public static final String FORM_REGISTER_DECISION = "register-decision";
  public static final String FORM_RECORD_ALTERNATIVE = "record-alternative";
  public static final String FORM_PLAN_NEXT_STEP = "plan-next-step";
  public static final String FORM_RECORD_OUTCOME = "record-outcome";
  public static final String FORM_RECORD_PERMIT = "record-permit";
  public static final String FORM_CONSIDER_PERMIT_RENEWAL = "consider-permit-renewal";
  public static final String FORM_ARRANGE_ASSISTED_RETURN = "arrange-assisted-return";
  public static final String FORM_RECORD_LONGER_PERIOD = "record-longer-period";

  // the decision
  public static final String DECISION_RESULT = "decisionResult";
  public static final String DECISION_DATE = "decisionDate";
  public static final String VALID_UNTIL = "validUntil";
  public static final String REJECTION_REASON = "rejectionReason";
  /** The rejection's ground as a code of {@link RejectionReason} (what the statistics count). */
  public static final String REJECTION_REASON_CODE = "rejectionReasonCode";
  public static final String GRANTED = "granted";
  public static final String REJECTED = "rejected";

  // after a rejection
  public static final String ALTERNATIVE = "alternative";

  // the next step (values: names of casefile.Outcome)
  public static final String NEXT_STEP = "nextStep";
  public static final String NEXT_STEP_REASON = "nextStepReason";

  // the six-month permit (5 kap. 15 § första stycket utlänningslagen)
  public static final String PERMIT_APPLICATION_DATE = "permitApplicationDate";
  public static final String PERMIT_DECISION_RESULT = "permitDecisionResult";
  public static final String PERMIT_DECISION_DATE = "permitDecisionDate";
  public static final String PERMIT_VALID_UNTIL = "permitValidUntil";
  public static final String PERMIT_NOT_APPLIED = "not_applied";
  public static final String PERMIT_RENEWAL = "permitRenewal";
  public static final String PERMIT_RENEWED_UNTIL = "permitRenewedUntil";
  public static final String RENEWED = "renewed";

  // assisted return (ÅMP)
  public static final String ASSISTED_RETURN_STATUS = "assistedReturnStatus";

  // the longer reflection period (UserTask_RecordLongerPeriod)
  public static final String LONGER_PERIOD_RESULT = "longerPeriodResult";
  public static final String LONGER_PERIOD_VALID_UNTIL = "longerPeriodValidUntil";

  public static final String OUTCOME = "outcome";

  private ReflectionPeriodProcess() {}
}
