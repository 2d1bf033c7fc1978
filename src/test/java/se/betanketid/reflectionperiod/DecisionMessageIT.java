package se.betanketid.reflectionperiod;

import static org.assertj.core.api.Assertions.assertThat;
import static se.betanketid.reflectionperiod.ReflectionPeriodProcess.TASK_PLAN_NEXT_STEP;
import static se.betanketid.reflectionperiod.ReflectionPeriodProcess.TASK_RECORD_ALTERNATIVE;
import static se.betanketid.reflectionperiod.ReflectionPeriodProcess.TASK_REGISTER_DECISION;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;
import se.betanketid.RestCalls.Answer;
import se.betanketid.casefile.ApplicantType;

/** Migrationsverket's decision delivered by an integration: POST /engine-rest/message, business key = case number. */
class DecisionMessageIT extends ReflectionPeriodTestCase {

  static final String MESSAGE = "/engine-rest/message";

  static Map<String, Object> decision(String caseNumber, String... keysAndValues) {
    Map<String, Object> variables = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      variables.put(keysAndValues[i], Map.of("value", keysAndValues[i + 1], "type", "String"));
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("messageName", "DecisionReceived");
    if (caseNumber != null) {
      body.put("businessKey", caseNumber);
    }
    body.put("processVariables", variables);
    return body;
  }

  @org.springframework.beans.factory.annotation.Autowired se.betanketid.identity.RoleAuthorizations roles;

  @Test
  void aDeliveredGrantReplacesTheTaskAndStartsThePeriod() {
    ProcessInstance instance = startCase(ApplicantType.INVESTIGATION_LEADER);

    Answer answer = rest("admin").post(MESSAGE, decision(instance.getBusinessKey(),
        "decisionResult", "granted", "decisionDate", TODAY.toString()));

    assertThat(answer.status()).isEqualTo(204);
    BpmnAwareTests.assertThat(instance).isWaitingAt(TASK_PLAN_NEXT_STEP).isNotWaitingAt(TASK_REGISTER_DECISION);
    assertThat(passed(instance, "BoundaryEvent_DecisionReceived")).isTrue();
    assertThat(variable(instance, "validUntil")).isEqualTo("2026-04-01");
    assertThat(timer(instance, "BoundaryEvent_DecisionReminder")).isNull();
  }

  @Test
  void aDeliveredRejectionWithItsReasonLeadsToTheAlternative() {
    ProcessInstance instance = startCase(ApplicantType.SOCIAL_SERVICES);

    Answer answer = rest("admin").post(MESSAGE, decision(instance.getBusinessKey(), "decisionResult", "rejected",
        "decisionDate", TODAY.toString(), "rejectionReasonCode", "has_residence_permit",
        "rejectionReason", "Har redan uppehållstillstånd"));

    assertThat(answer.status()).isEqualTo(204);
    BpmnAwareTests.assertThat(instance).isWaitingAt(TASK_RECORD_ALTERNATIVE);
  }

  @Test
  void badValuesAreRefusedAndTheCaseStillWaits() {
    ProcessInstance instance = startCase(ApplicantType.SOCIAL_SERVICES);
    String caseNumber = instance.getBusinessKey();

    assertRefused(rest("admin").post(MESSAGE, decision(caseNumber, "decisionResult", "rejected",
        "decisionDate", TODAY.toString(), "rejectionReason", "Har redan uppehållstillstånd")),
        "rejectionReasonCode", "Avslagsgrund");
    assertRefused(rest("admin").post(MESSAGE, decision(caseNumber, "decisionResult", "rejected",
        "decisionDate", TODAY.toString(), "rejectionReasonCode", "other")), "rejectionReason", "Skäl för avslaget");
    assertRefused(rest("admin").post(MESSAGE, decision(caseNumber, "decisionResult", "granted",
        "decisionDate", "2026-13-01")), "decisionDate", "inte ett giltigt datum");
    assertRefused(rest("admin").post(MESSAGE, decision(caseNumber, "decisionResult", "granted",
        "decisionDate", TODAY.toString(), "validUntil", "2026-03-01")), "validUntil", "efter beslutsdatum");
    assertRefused(rest("admin").post(MESSAGE, decision(caseNumber, "decisionResult", "perhaps",
        "decisionDate", TODAY.toString())), "decisionResult", "Migrationsverkets beslut");

    BpmnAwareTests.assertThat(instance).isWaitingAt(TASK_REGISTER_DECISION);
    assertThat(runtimeService.getVariable(instance.getId(), "decisionResult")).isNull();
  }

  @Test
  void anUnknownClosedOrDecidedCaseGetsAClearRefusal() {
    assertRefused(rest("admin").post(MESSAGE, decision("BT-2099-99999", "decisionResult", "granted",
        "decisionDate", TODAY.toString())), "businessKey", "Det finns inget ärende med ärendenumret BT-2099-99999.");

    ProcessInstance decided = grantedCase(ApplicantType.SOCIAL_SERVICES);
    assertRefused(rest("admin").post(MESSAGE, decision(decided.getBusinessKey(), "decisionResult", "granted",
        "decisionDate", TODAY.toString())), "businessKey", "väntar inte på Migrationsverkets beslut");

    runtimeService.deleteProcessInstance(decided.getId(), "test: a closed case");
    assertRefused(rest("admin").post(MESSAGE, decision(decided.getBusinessKey(), "decisionResult", "granted",
        "decisionDate", TODAY.toString())), "businessKey", "är avslutat");
  }

  @Test
  void aDecisionWithoutCaseNumberReachesNoCase() {
    ProcessInstance instance = startCase(ApplicantType.SOCIAL_SERVICES);

    assertRefused(rest("admin").post(MESSAGE, decision(null, "decisionResult", "granted",
        "decisionDate", TODAY.toString())), "businessKey", "ärendenumret");

    BpmnAwareTests.assertThat(instance).isWaitingAt(TASK_REGISTER_DECISION);
  }

  @Test
  void onlyThoseAllowedToChangeTheCaseMayDeliverIt() {
    ProcessInstance instance = startCase(ApplicantType.SOCIAL_SERVICES);

    Answer answer = rest("nils").post(MESSAGE, decision(instance.getBusinessKey(), "decisionResult", "granted",
        "decisionDate", TODAY.toString()));

    assertThat(answer.status()).isEqualTo(403);
    BpmnAwareTests.assertThat(instance).isWaitingAt(TASK_REGISTER_DECISION);
  }

  @Test
  void theDecisionIntegrationMayDeliverButSeesNoTasks() {
    if (identityService.createUserQuery().userId("mvintegration").count() == 0) {
      org.camunda.bpm.engine.identity.User account = identityService.newUser("mvintegration");
      account.setPassword("mvintegration");
      identityService.saveUser(account);
      org.camunda.bpm.engine.identity.Group group = identityService.newGroup("integration-migrationsverket");
      identityService.saveGroup(group);
      identityService.createMembership("mvintegration", "integration-migrationsverket");
      roles.grant("integration-migrationsverket");
    }
    ProcessInstance instance = startCase(ApplicantType.SOCIAL_SERVICES);

    assertThat(rest("mvintegration").get("/engine-rest/task?processInstanceBusinessKey="
        + instance.getBusinessKey()).json()).isEmpty();
    Answer answer = rest("mvintegration").post(MESSAGE, decision(instance.getBusinessKey(),
        "decisionResult", "granted", "decisionDate", TODAY.toString()));

    assertThat(answer.status()).as(answer.body()).isEqualTo(204);
    BpmnAwareTests.assertThat(instance).isWaitingAt(TASK_PLAN_NEXT_STEP);
  }

  private static void assertRefused(Answer answer, String field, String text) {
    assertThat(answer.status()).as(answer.body()).isEqualTo(400);
    assertThat(answer.json().get("type").asText()).isEqualTo("CaseValidationException");
    assertThat(answer.json().get("field").asText()).isEqualTo(field);
    assertThat(answer.json().get("message").asText()).contains(text);
  }
}
