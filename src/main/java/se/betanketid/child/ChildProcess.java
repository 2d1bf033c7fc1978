package se.betanketid.child;

import se.betanketid.casefile.CaseProcesses;
import se.betanketid.casefile.CaseVariables;

/**
 * Names of {@code AccompanyingChildProcess} and the {@code ChildCoverage} decision that Java code, tests and
 * other features use (docs/architecture.md, "Children"). One place, so that a rename is one edit.
 */
public final class ChildProcess {

  public static final String KEY = CaseProcesses.ACCOMPANYING_CHILD;
  public static final String DECISION = "ChildCoverage";

  public static final String ESCALATION_CHILD_WITHOUT_COVERAGE = "ChildWithoutCoverage";
  public static final String MESSAGE_GUARDIAN_PERIOD_GRANTED = "GuardianPeriodGranted";
  public static final String MESSAGE_GUARDIAN_CASE_ENDED = "GuardianCaseEnded";

  /** Variables passed in by the parent's call activity. */
  public static final String CHILD = "child";
  public static final String CHILD_NAME = "childName";
  public static final String CHILD_COVERAGE = "childCoverage";
  public static final String CHILD_NUMBER = CaseVariables.CHILD_NUMBER;
  public static final String CHILD_COUNT = "childCount";

  /** Variables of the child's instance that the dashboard and statistics read. */
  public static final String CHILD_COVERED = CaseVariables.CHILD_COVERED;
  public static final String COVERAGE_BASIS = CaseVariables.COVERAGE_BASIS;
  public static final String COVERAGE_EXPLANATION = "coverageExplanation";
  public static final String CHILD_ESCALATION_OPEN = CaseVariables.CHILD_ESCALATION_OPEN;
  public static final String CHILD_LABEL = "childLabel";
  public static final String SECURED_COVERAGE = CaseVariables.SECURED_COVERAGE;
  public static final String GUARDIAN_VALID_UNTIL = "guardianValidUntil";
  public static final String GUARDIAN_CASE_ENDED = "guardianCaseEnded";
  /** The first coverage decision's result, never changed: the statistics' "without a basis on arrival". */
  public static final String COVERED_ON_ARRIVAL = CaseVariables.COVERED_ON_ARRIVAL;
  public static final String CHILD_PRESUMED_VICTIM = "childPresumedVictim";
  public static final String OWN_APPLICATION_ASKED = "ownApplicationAsked";
  /** The child's own case (on the child's instance) and the guardian's (on the child's own case). */
  public static final String CHILD_CASE_NUMBER = "childCaseNumber";
  public static final String GUARDIAN_CASE_NUMBER = "guardianCaseNumber";
  public static final String CONCERN_REPORT_DATE = "concernReportDate";
  public static final String INITIAL_ASSESSMENT_DATE = "initialAssessmentDate";
  public static final String INITIAL_ASSESSMENT_OUTCOME = "initialAssessmentOutcome";

  /** Coverage values (form option values and DMN input). */
  public static final String NONE_KNOWN = "none_known";
  public static final String OWN_APPLICATION = "own_application";
  public static final String OPEN_INVESTIGATION = "open_investigation";
  public static final String NO_INVESTIGATION = "no_investigation";
  public static final String LEFT_SWEDEN = CaseVariables.LEFT_SWEDEN;

  /** Element ids. */
  public static final String DECIDE_COVERAGE = "BusinessRuleTask_DecideCoverage";
  public static final String CHILD_WITHOUT_COVERAGE = "IntermediateThrowEvent_ChildWithoutCoverage";
  public static final String ASSESS_CHILD_PROTECTION = "UserTask_AssessChildProtection";
  public static final String MAKE_INITIAL_ASSESSMENT = "UserTask_MakeInitialAssessment";
  public static final String OPEN_CHILDS_OWN_APPLICATION = "UserTask_OpenChildsOwnApplication";
  public static final String SECURE_RESIDENCE_BASIS = "UserTask_SecureResidenceBasis";
  public static final String COMPLETE_CHILD_INVESTIGATION = "UserTask_CompleteChildInvestigation";
  public static final String ESCALATE_CHILD_PROTECTION = "ServiceTask_EscalateChildProtection";
  public static final String ESCALATE_INITIAL_ASSESSMENT = "ServiceTask_EscalateInitialAssessment";
  public static final String ESCALATE_BASIS_BEFORE_PERIOD_ENDS = "ServiceTask_EscalateBasisBeforePeriodEnds";
  public static final String ESCALATE_BASIS_AT_PERIOD_END = "ServiceTask_EscalateBasisAtPeriodEnd";
  public static final String ESCALATE_CHILD_INVESTIGATION = "ServiceTask_EscalateChildInvestigation";
  public static final String ALERT_GUARDIAN_CASE_ENDED = "ServiceTask_AlertGuardianCaseEnded";
  public static final String CHILD_SITUATION_RESOLVED = "EndEvent_ChildSituationResolved";
  public static final String CHILD_COVERED_ON_ARRIVAL = "EndEvent_ChildCoveredOnArrival";
  public static final String NO_CHILD_INVESTIGATION = "EndEvent_NoChildInvestigation";
  public static final String CHILDS_OWN_APPLICATION_OPENED = "EndEvent_ChildsOwnApplicationOpened";
  public static final String PROTECTION_OVERDUE_TIMER = "BoundaryEvent_ChildProtectionOverdue";
  public static final String INITIAL_ASSESSMENT_OVERDUE_TIMER = "BoundaryEvent_InitialAssessmentOverdue";
  public static final String INVESTIGATION_OVERDUE_TIMER = "BoundaryEvent_ChildInvestigationOverdue";
  public static final String GUARDIAN_PERIOD_DEADLINES = "SubProcess_GuardianPeriodDeadlines";
  public static final String BEFORE_GUARDIAN_PERIOD_ENDS = "IntermediateCatchEvent_BeforeGuardianPeriodEnds";
  public static final String GUARDIAN_PERIOD_ENDS = "IntermediateCatchEvent_GuardianPeriodEnds";

  private ChildProcess() {}
}
