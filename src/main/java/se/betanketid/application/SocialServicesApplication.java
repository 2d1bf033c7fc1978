package se.betanketid.application;

import se.betanketid.casefile.CaseProcesses;
import se.betanketid.casefile.CaseVariables;

/**
 * Names in {@code bpmn/SocialServicesApplicationProcess.bpmn} and its forms that Java code and tests use:
 * the process key, element ids, form ids and the route's own variables (the case variables are in
 * {@code casefile.CaseVariables}).
 */
public final class SocialServicesApplication {

  public static final String PROCESS_KEY = CaseProcesses.SOCIAL_SERVICES_APPLICATION;
  public static final String ELIGIBILITY_DECISION = "ReflectionPeriodEligibility";

  // forms
  public static final String START_FORM = "social-services-start";
  public static final String ADVICE_FORM = "advise-on-application";
  public static final String ANONYMOUS_CONSULTATION_FORM = "record-anonymous-consultation";
  public static final String NOT_ELIGIBLE_FORM = "record-not-eligible";
  public static final String DECISION_FORM = "decide-on-application";
  public static final String SUBMISSION_FORM = "submit-application";
  public static final String NSP_SUPPORT_FORM = "record-nsp-support";
  public static final String WITHOUT_ADVICE_FORM = "go-on-without-advice";

  // user tasks
  public static final String ADVISE_ON_APPLICATION = "UserTask_AdviseOnApplication";
  public static final String RECORD_ANONYMOUS_CONSULTATION = "UserTask_RecordAnonymousConsultation";
  public static final String RECORD_ALTERNATIVE = "UserTask_RecordAlternative";
  public static final String DECIDE_ON_APPLICATION = "UserTask_DecideOnApplication";
  public static final String SUBMIT_APPLICATION = "UserTask_SubmitApplication";
  public static final String RECORD_NSP_SUPPORT = "UserTask_RecordNspSupport";
  public static final String GO_ON_WITHOUT_ADVICE = "UserTask_GoOnWithoutAdvice";

  // other elements
  public static final String CHILDREN = CaseProcesses.CHILDREN_CALL_ACTIVITY;
  public static final String REFLECTION_PERIOD = "CallActivity_ReflectionPeriod";
  public static final String ADVICE = "SubProcess_Advice";
  public static final String WENT_ON_WITHOUT_ADVICE = "BoundaryEvent_WithoutAdvice";
  public static final String REMIND_ADVICE = "ServiceTask_RemindAdvice";
  public static final String ESCALATE_ADVICE = "ServiceTask_EscalateAdvice";
  public static final String ESCALATE_APPLICATION = "ServiceTask_EscalateApplication";
  public static final String NOTIFY_DECLINE = "ServiceTask_NotifyCoordinatorOfDecline";
  public static final String END_NOT_ELIGIBLE = "EndEvent_NotEligible";
  public static final String END_NOT_APPLIED = "EndEvent_NotApplied";
  public static final String END_CASE_CLOSED = "EndEvent_CaseClosed";

  // variables of this route
  public static final String PERSON_BIRTH_DATE = CaseVariables.PERSON_BIRTH_DATE;
  public static final String IDENTIFICATION_DATE = CaseVariables.IDENTIFICATION_DATE;
  public static final String IN_SWEDEN = "inSweden";
  public static final String PRESUMED_VICTIM = "presumedVictim";
  public static final String RESIDENCE_PERMIT = "residencePermit";
  public static final String CHILD_BIRTH_DATE = "childBirthDate";
  public static final String COORDINATOR_ADVICE = "coordinatorAdvice";
  public static final String COORDINATOR_RECOMMENDATION = "coordinatorRecommendation";
  public static final String WITHOUT_ADVICE_REASON = "withoutAdviceReason";
  public static final String ANONYMOUS_CONSULTATION = "anonymousConsultation";
  public static final String ANONYMOUS_CONSULTATION_DATE = "anonymousConsultationDate";
  public static final String ELIGIBLE = "eligible";
  public static final String ELIGIBILITY_REASON = "eligibilityReason";
  public static final String SUGGESTED_ALTERNATIVE = "suggestedAlternative";
  public static final String APPLICATION_DECISION = CaseVariables.APPLICATION_DECISION;
  public static final String APPLICATION_DECISION_DATE = CaseVariables.APPLICATION_DECISION_DATE;
  public static final String DECISION_MADE_BY = "decisionMadeBy";
  public static final String APPLICATION_GROUNDS = "applicationGrounds";
  public static final String CONTACT_PERSON_NAME = "contactPersonName";
  public static final String CONTACT_PERSON_PHONE = "contactPersonPhone";
  public static final String NOT_APPLYING_REASON = "notApplyingReason";
  /** Why the board does not apply: a code of {@code casefile.DeclineReason}. */
  public static final String DECLINE_REASON = CaseVariables.DECLINE_REASON;
  /** Set by "Underrätta regionkoordinator om att nämnden avstår": whether the coordinators were told. */
  public static final String COORDINATOR_TOLD_OF_DECLINE = "coordinatorToldOfDecline";
  /** The group that records whether NSP gave support after a decline (coordinators, or the social services). */
  public static final String NSP_SUPPORT_GROUP = "nspSupportGroup";
  /** After a decline: {@code given} or {@code not_given}. */
  public static final String NSP_SUPPORT = "nspSupport";
  public static final String NSP_SUPPORT_GIVEN = "given";
  public static final String APPLICATION_DATE = CaseVariables.APPLICATION_DATE;

  /** Values of {@code applicationDecision} and {@code coordinatorRecommendation}. */
  public static final String APPLY = CaseVariables.APPLY;
  public static final String DO_NOT_APPLY = CaseVariables.DO_NOT_APPLY;

  private SocialServicesApplication() {}
}
