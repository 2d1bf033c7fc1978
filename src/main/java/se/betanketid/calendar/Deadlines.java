package se.betanketid.calendar;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The deadlines of process-model.md (defaults there), configurable under {@code betanketid.deadlines}; in
 * BPMN as {@code ${workdays.plus(deadlines.adviceWorkingDays)}}.
 */
@Component("deadlines")
@ConfigurationProperties("betanketid.deadlines")
public class Deadlines {

  private int adviceWorkingDays = 1;
  private int adviceEscalationWorkingDays = 2;
  private int applicationWorkingDays = 2;
  private int decisionReminderWorkingDays = 3;
  private int decisionEscalationWorkingDays = 5;
  private int reflectionPeriodDays = 30;
  private int nextStepDueDaysBefore = 7;
  private int nextStepReminderDaysBefore = 10;
  private int nextStepEscalationDaysBefore = 3;
  private int protectionAssessmentWorkingDays = 1;
  private int initialAssessmentDays = 14;
  private int childBasisEscalationDaysBefore = 5;
  private int childInvestigationMonths = 4;
  private int permitRenewalReminderDaysBefore = 30;
  private int noticeWorkingDays = 1;
  private int outcomeWorkingDays = 2;

  public int getAdviceWorkingDays() {
    return adviceWorkingDays;
  }

  public void setAdviceWorkingDays(int value) {
    this.adviceWorkingDays = value;
  }

  public int getAdviceEscalationWorkingDays() {
    return adviceEscalationWorkingDays;
  }

  public void setAdviceEscalationWorkingDays(int value) {
    this.adviceEscalationWorkingDays = value;
  }

  public int getApplicationWorkingDays() {
    return applicationWorkingDays;
  }

  public void setApplicationWorkingDays(int value) {
    this.applicationWorkingDays = value;
  }

  public int getDecisionReminderWorkingDays() {
    return decisionReminderWorkingDays;
  }

  public void setDecisionReminderWorkingDays(int value) {
    this.decisionReminderWorkingDays = value;
  }

  public int getDecisionEscalationWorkingDays() {
    return decisionEscalationWorkingDays;
  }

  public void setDecisionEscalationWorkingDays(int value) {
    this.decisionEscalationWorkingDays = value;
  }

  public int getReflectionPeriodDays() {
    return reflectionPeriodDays;
  }

  public void setReflectionPeriodDays(int value) {
    this.reflectionPeriodDays = value;
  }

  public int getNextStepDueDaysBefore() {
    return nextStepDueDaysBefore;
  }

  public void setNextStepDueDaysBefore(int value) {
    this.nextStepDueDaysBefore = value;
  }

  public int getNextStepReminderDaysBefore() {
    return nextStepReminderDaysBefore;
  }

  public void setNextStepReminderDaysBefore(int value) {
    this.nextStepReminderDaysBefore = value;
  }

  public int getNextStepEscalationDaysBefore() {
    return nextStepEscalationDaysBefore;
  }

  public void setNextStepEscalationDaysBefore(int value) {
    this.nextStepEscalationDaysBefore = value;
  }

  public int getProtectionAssessmentWorkingDays() {
    return protectionAssessmentWorkingDays;
  }

  public void setProtectionAssessmentWorkingDays(int value) {
    this.protectionAssessmentWorkingDays = value;
  }

  public int getInitialAssessmentDays() {
    return initialAssessmentDays;
  }

  public void setInitialAssessmentDays(int value) {
    this.initialAssessmentDays = value;
  }

  public int getChildBasisEscalationDaysBefore() {
    return childBasisEscalationDaysBefore;
  }

  public void setChildBasisEscalationDaysBefore(int value) {
    this.childBasisEscalationDaysBefore = value;
  }

  public int getChildInvestigationMonths() {
    return childInvestigationMonths;
  }

  public void setChildInvestigationMonths(int value) {
    this.childInvestigationMonths = value;
  }

  public int getPermitRenewalReminderDaysBefore() {
    return permitRenewalReminderDaysBefore;
  }

  public void setPermitRenewalReminderDaysBefore(int value) {
    this.permitRenewalReminderDaysBefore = value;
  }

  public int getNoticeWorkingDays() {
    return noticeWorkingDays;
  }

  public void setNoticeWorkingDays(int value) {
    this.noticeWorkingDays = value;
  }

  public int getOutcomeWorkingDays() {
    return outcomeWorkingDays;
  }

  public void setOutcomeWorkingDays(int value) {
    this.outcomeWorkingDays = value;
  }
}
