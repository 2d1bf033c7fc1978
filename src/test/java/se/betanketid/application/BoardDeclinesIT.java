package se.betanketid.application;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static se.betanketid.application.SocialServicesApplication.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import se.betanketid.CaseFixtures;
import se.betanketid.notification.QueuedMails;

/**
 * When the board decides not to apply: the region's coordinators are told at once (only with the person's
 * consent or a coordinator's referral), and whether the national support programme (NSP) gave support becomes
 * the case's outcome.
 */
class BoardDeclinesIT extends SocialServicesTestCase {

  @Test
  void withConsentTheCoordinatorsAreToldAtOnceAndRecordTheSupportOfNsp() {
    ProcessInstance instance = startWithConsent();
    giveAdvice(instance, DO_NOT_APPLY);

    complete(task(DECIDE_ON_APPLICATION, instance), decisionNotToApply("nsp"));

    assertThat(instance).hasPassed("EndEvent_ApplicationDeclined", NOTIFY_DECLINE).isWaitingAt(RECORD_NSP_SUPPORT)
        .variables().containsEntry(COORDINATOR_TOLD_OF_DECLINE, true).containsEntry(DECLINE_REASON, "person_declined");
    Assertions.assertThat(declineMailsTo(instance)).containsExactly("kim");
    assertThat(task(instance)).hasName("Registrera stöd från NSP – " + instance.getBusinessKey())
        .hasCandidateGroup("regionkoordinator-stockholm").hasDueDate(date(TUESDAY.plusDays(2)));

    Assertions.assertThat(visibleTasks("kim", instance)).as("the region's coordinator").hasSize(1);
    Assertions.assertThat(visibleTasks("alva", instance)).as("another region's coordinator").isEmpty();

    complete(task(instance), withVariables(NSP_SUPPORT, "given"));

    assertThat(instance).isEnded().hasPassed(END_NOT_APPLIED).hasNotPassed(SUBMIT_APPLICATION);
    Assertions.assertThat(historicVariable(instance, "outcome")).isEqualTo("NATIONAL_SUPPORT_PROGRAMME");
  }

  @Test
  void withoutConsentNoCoordinatorIsToldAndTheSocialWorkerRecordsTheSupport() {
    ProcessInstance instance = start(CaseFixtures.socialServicesCase().with("coordinatorConsent", false));
    complete(task(RECORD_ANONYMOUS_CONSULTATION, instance), withVariables(ANONYMOUS_CONSULTATION, true,
        ANONYMOUS_CONSULTATION_DATE, TODAY, "anonymousConsultationNotes", "Koordinatorn avråder."));

    complete(task(DECIDE_ON_APPLICATION, instance), decisionNotToApply("other"));

    assertThat(instance).hasPassed(NOTIFY_DECLINE).isWaitingAt(RECORD_NSP_SUPPORT).variables()
        .containsEntry(COORDINATOR_TOLD_OF_DECLINE, false);
    Assertions.assertThat(declineMailsTo(instance)).as("no coordinator, and nobody in their place").isEmpty();
    assertThat(task(instance)).hasCandidateGroup("socialtjanst-0180");
    Assertions.assertThat(taskService.getIdentityLinksForTask(task(instance).getId()))
        .noneMatch(link -> "regionkoordinator-stockholm".equals(link.getGroupId()));

    Assertions.assertThat(visibleTasks("kim", instance)).as("the coordinator, without consent").isEmpty();
    Assertions.assertThat(visibleTasks("sara", instance)).hasSize(1);

    complete(task(instance), withVariables(NSP_SUPPORT, "not_given"));

    assertThat(instance).isEnded().hasPassed(END_NOT_APPLIED);
    Assertions.assertThat(historicVariable(instance, "outcome")).isEqualTo("NOT_APPLIED");
    Assertions.assertThat(historicVariable(instance, "alternative")).isEqualTo("other");
  }

  @Test
  void aCaseReferredByACoordinatorTellsTheCoordinatorsEvenWithoutTheConsentQuestion() {
    ProcessInstance instance = start(CaseFixtures.socialServicesCase().with("coordinatorConsent", false)
        .with("referredByCoordinator", true));
    complete(task(RECORD_ANONYMOUS_CONSULTATION, instance), withVariables(ANONYMOUS_CONSULTATION, false));

    complete(task(DECIDE_ON_APPLICATION, instance), decisionNotToApply("nsp"));

    Assertions.assertThat(declineMailsTo(instance)).containsExactly("kim");
    assertThat(task(instance)).hasCandidateGroup("regionkoordinator-stockholm");
  }

  @Test
  void theNspTaskNeedsAnAnswerFromItsList() {
    ProcessInstance instance = startWithConsent();
    giveAdvice(instance, DO_NOT_APPLY);
    complete(task(DECIDE_ON_APPLICATION, instance), decisionNotToApply("nsp"));
    String taskId = task(instance).getId();

    Assertions.assertThatThrownBy(() -> taskService.complete(taskId, withVariables(NSP_SUPPORT, "maybe")))
        .hasMessageContaining("Stöd genom NSP");
    Assertions.assertThatThrownBy(() -> taskService.complete(taskId, java.util.Map.of()))
        .hasMessageContaining("Stöd genom NSP");
    assertThat(instance).isWaitingAt(RECORD_NSP_SUPPORT);
  }

  /** The case's open tasks the user sees through the REST API (Camunda's authorizations). */
  private List<JsonNode> visibleTasks(String user, ProcessInstance instance) {
    List<JsonNode> tasks = new java.util.ArrayList<>();
    rest(user).get("/engine-rest/task?processInstanceBusinessKey=" + instance.getBusinessKey()).json()
        .forEach(tasks::add);
    return tasks;
  }

  /** The recipients (user ids) of the mails queued about the board's decline in this case. */
  private List<String> declineMailsTo(ProcessInstance instance) {
    return QueuedMails.of(managementService, instance.getBusinessKey()).stream()
        .filter(mail -> "APPLICATION_DECLINED".equals(mail.kind())).map(QueuedMails.Queued::recipientId).toList();
  }
}
