package se.betanketid.application;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static se.betanketid.application.SocialServicesApplication.*;

import java.time.ZonedDateTime;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import se.betanketid.CaseFixtures;

/**
 * The route's deadlines on the engine clock: the coordinator's reminder and the manager's escalations, in
 * Swedish working days.
 */
class SocialServicesDeadlinesIT extends SocialServicesTestCase {

  static final String ADVICE_DUE = "BoundaryEvent_AdviceDue";
  static final String ADVICE_OVERDUE = "BoundaryEvent_AdviceOverdue";
  static final String APPLICATION_OVERDUE = "BoundaryEvent_ApplicationOverdue";

  @Test
  void theCoordinatorIsRemindedWhenTheAdviceIsDue() {
    ProcessInstance instance = startWithConsent();
    Job reminder = job(ADVICE_DUE, instance);

    assertFallsDueAt(reminder, TUESDAY.plusDays(1));
    execute(reminder);

    assertThat(instance).hasPassed(REMIND_ADVICE).isWaitingAt(ADVISE_ON_APPLICATION);
    Assertions.assertThat(inputOf(instance, REMIND_ADVICE, "taskDefinitionKey")).isEqualTo(ADVISE_ON_APPLICATION);
  }

  @Test
  void theCoordinatorsAreToldWhenTheAdviceIsTwoWorkingDaysLate() {
    ProcessInstance instance = startWithConsent();
    Job escalation = job(ADVICE_OVERDUE, instance);

    assertFallsDueAt(escalation, TUESDAY.plusDays(2));
    execute(escalation);

    assertThat(instance).hasPassed(ESCALATE_ADVICE).isWaitingAt(ADVISE_ON_APPLICATION);
    Assertions.assertThat(inputOf(instance, ESCALATE_ADVICE, "escalationKind")).isEqualTo("ADVICE_OVERDUE");
    Assertions.assertThat(inputOf(instance, ESCALATE_ADVICE, "escalateTo")).isEqualTo("coordinator");
  }

  @Test
  void theManagerIsToldWhenTheApplicationIsNotSentTwoWorkingDaysAfterIdentification() {
    ProcessInstance instance = startWithConsent();
    giveAdvice(instance, APPLY);
    Job escalation = job(APPLICATION_OVERDUE, instance);

    assertFallsDueAt(escalation, TUESDAY.plusDays(2).withHour(17));
    execute(escalation);

    assertThat(instance).hasPassed(ESCALATE_APPLICATION).isWaitingAt(DECIDE_ON_APPLICATION);
    Assertions.assertThat(inputOf(instance, ESCALATE_APPLICATION, "escalationKind")).isEqualTo("APPLICATION_OVERDUE");
    complete(task(DECIDE_ON_APPLICATION, instance), decisionToApply());
    Assertions.assertThat(job(APPLICATION_OVERDUE, instance)).as("one escalation per case").isNull();
  }

  @Test
  void anApplicationSentInTimeIsNotEscalated() {
    ProcessInstance instance = startWithConsent();
    giveAdvice(instance, APPLY);
    complete(task(DECIDE_ON_APPLICATION, instance), decisionToApply());
    submitApplication(instance);

    Assertions.assertThat(job(APPLICATION_OVERDUE, instance)).isNull();
    assertThat(instance).hasNotPassed(ESCALATE_APPLICATION);
  }

  @Test
  void deadlinesSkipWeekendsAndEaster() {
    ZonedDateTime maundyThursday = ZonedDateTime.of(2026, 4, 2, 10, 0, 0, 0, TUESDAY.getZone());
    setClock(maundyThursday);
    ProcessInstance instance = start(CaseFixtures.socialServicesCase().identifiedOn(maundyThursday.toLocalDate()));

    // Good Friday 3 April and Easter Monday 6 April are holidays
    Assertions.assertThat(task(instance).getDueDate()).isEqualTo(date(maundyThursday.plusDays(5)));
    Assertions.assertThat(job(ADVICE_OVERDUE, instance).getDuedate()).isEqualTo(date(maundyThursday.plusDays(6)));
    giveAdvice(instance, APPLY);
    Assertions.assertThat(job(APPLICATION_OVERDUE, instance).getDuedate())
        .isEqualTo(date(maundyThursday.plusDays(6).withHour(17)));
  }

  @Test
  void aCaseRegisteredLateIsEscalatedAtOnce() {
    ProcessInstance instance = start(CaseFixtures.socialServicesCase()
        .identifiedOn(TUESDAY.toLocalDate().minusDays(7)));
    giveAdvice(instance, APPLY);

    Job escalation = job(APPLICATION_OVERDUE, instance);
    Assertions.assertThat(escalation.getDuedate()).isBefore(date(TUESDAY));
    execute(escalation);

    assertThat(instance).hasPassed(ESCALATE_APPLICATION).isWaitingAt(DECIDE_ON_APPLICATION);
  }

  /** The job is not executable before its time and is once the engine clock has passed it. */
  private void assertFallsDueAt(Job job, ZonedDateTime time) {
    Assertions.assertThat(job.getDuedate()).isEqualTo(date(time));
    Assertions.assertThat(managementService.createJobQuery().jobId(job.getId()).executable().count()).isZero();
    setClock(time.plusMinutes(1));
    Assertions.assertThat(managementService.createJobQuery().jobId(job.getId()).executable().count()).isOne();
  }

  /** An input parameter of a service task, as history keeps it (the statistics read escalations from there). */
  private Object inputOf(ProcessInstance instance, String activityId, String name) {
    HistoricActivityInstance activity = historyService.createHistoricActivityInstanceQuery()
        .processInstanceId(instance.getId()).activityId(activityId).singleResult();
    return historyService.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
        .activityInstanceIdIn(activity.getId()).variableName(name).singleResult().getValue();
  }
}
