package se.betanketid.application;

import se.betanketid.casefile.CaseProcesses;
import se.betanketid.casefile.CaseVariables;

/** Names in {@code bpmn/InvestigationLeaderApplicationProcess.bpmn} and its forms that Java code relies on. */
public final class InvestigationLeaderApplicationProcess {

  public static final String KEY = CaseProcesses.INVESTIGATION_LEADER_APPLICATION;

  public static final String FORM_START = "investigation-leader-start";
  public static final String FORM_OFFER_SUPPORT = "offer-support";
  public static final String FORM_ACKNOWLEDGE_CASE = "acknowledge-case";

  public static final String TASK_OFFER_SUPPORT = "UserTask_OfferSupport";
  public static final String TASK_ACKNOWLEDGE_CASE = "UserTask_AcknowledgeCase";
  public static final String CALL_REFLECTION_PERIOD = "CallActivity_ReflectionPeriod";
  public static final String CALL_ACCOMPANYING_CHILDREN = CaseProcesses.CHILDREN_CALL_ACTIVITY;

  public static final String IDENTIFICATION_DATE = CaseVariables.IDENTIFICATION_DATE;
  public static final String PERSON_BIRTH_DATE = CaseVariables.PERSON_BIRTH_DATE;
  public static final String SUPPORT_OFFERED_DATE = "supportOfferedDate";

  private InvestigationLeaderApplicationProcess() {}
}
