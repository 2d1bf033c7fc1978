package se.betanketid.application;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static se.betanketid.application.SocialServicesApplication.*;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.junit.jupiter.api.Test;

/**
 * The coordinator's advice on the engine clock: in time; late, and the coordinator answers after the
 * escalation (the social worker's "Gå vidare utan råd" disappears); late, and the social worker goes on to
 * the board's decision without it.
 */
class SocialServicesAdviceIT extends SocialServicesTestCase {

  @Test
  void adviceInTimeLeadsToTheDecisionWithoutAnEscalation() {
    ProcessInstance instance = startWithConsent();
    setClock(TUESDAY.plusHours(3));

    giveAdvice(instance, APPLY);

    assertThat(instance).hasPassed(ADVICE).hasNotPassed(ESCALATE_ADVICE, GO_ON_WITHOUT_ADVICE)
        .isWaitingAt(DECIDE_ON_APPLICATION);
    Assertions.assertThat(adviceTimersOf(instance)).as("the advice timers are gone").isZero();
  }

  @Test
  void lateAdviceGivenAfterTheEscalationCancelsTheSocialWorkersChoice() {
    ProcessInstance instance = adviceLateAndEscalated();

    giveAdvice(instance, APPLY);

    assertThat(instance).hasPassed(ADVICE).hasNotPassed(WENT_ON_WITHOUT_ADVICE)
        .isWaitingAt(DECIDE_ON_APPLICATION).isNotWaitingAt(GO_ON_WITHOUT_ADVICE);
    Assertions.assertThat(taskService.createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(GO_ON_WITHOUT_ADVICE).count()).isZero();
  }

  @Test
  void lateAdviceLetsTheSocialWorkerGoOnToTheDecisionWithoutIt() {
    ProcessInstance instance = adviceLateAndEscalated();

    complete(task(GO_ON_WITHOUT_ADVICE, instance),
        withVariables(WITHOUT_ADVICE_REASON, "Ansökan kan inte vänta längre."));

    assertThat(instance).hasPassed(WENT_ON_WITHOUT_ADVICE).hasNotPassed(DECIDE_ON_APPLICATION)
        .isWaitingAt(DECIDE_ON_APPLICATION).isNotWaitingAt(ADVISE_ON_APPLICATION);
    Assertions.assertThat(taskService.createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(ADVISE_ON_APPLICATION).count()).as("the coordinator's task is withdrawn").isZero();
  }

  /** Two working days pass without advice: the escalation runs and the social workers get their choice. */
  private ProcessInstance adviceLateAndEscalated() {
    ProcessInstance instance = startWithConsent();
    Job reminder = job(SocialServicesDeadlinesIT.ADVICE_DUE, instance);
    Job escalation = job(SocialServicesDeadlinesIT.ADVICE_OVERDUE, instance);
    setClock(TUESDAY.plusDays(1).plusMinutes(1));
    managementService.executeJob(reminder.getId());
    setClock(TUESDAY.plusDays(2).plusMinutes(1));
    managementService.executeJob(escalation.getId());

    assertThat(instance).hasPassed(ESCALATE_ADVICE).isWaitingAt(ADVISE_ON_APPLICATION, GO_ON_WITHOUT_ADVICE);
    String choice = task(GO_ON_WITHOUT_ADVICE, instance).getId();
    Assertions.assertThat(taskService.getIdentityLinksForTask(choice)).extracting(IdentityLink::getGroupId)
        .containsExactly("socialtjanst-" + instanceVariable(instance, "municipalityCode"));
    Assertions.assertThat(task(GO_ON_WITHOUT_ADVICE, instance).getName()).startsWith("Gå vidare utan råd – BT-");
    return instance;
  }

  private long adviceTimersOf(ProcessInstance instance) {
    return managementService.createJobQuery().processInstanceId(instance.getId())
        .activityId(SocialServicesDeadlinesIT.ADVICE_DUE).count()
        + managementService.createJobQuery().processInstanceId(instance.getId())
            .activityId(SocialServicesDeadlinesIT.ADVICE_OVERDUE).count();
  }

  private Object instanceVariable(ProcessInstance instance, String name) {
    return runtimeService.getVariable(instance.getId(), name);
  }
}
