package se.betanketid.application;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static se.betanketid.application.SocialServicesApplication.*;

import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import se.betanketid.CaseFixtures;
import se.betanketid.ProcessTestCase;
import se.betanketid.calendar.EngineTime;

/**
 * Steps of SocialServicesApplicationProcess for its tests. The engine clock starts on Tuesday 10 March 2026,
 * 10:00 Swedish time, so that working-day deadlines fall on known days (no holidays that week).
 */
abstract class SocialServicesTestCase extends ProcessTestCase {

  static final ZonedDateTime TUESDAY = ZonedDateTime.of(2026, 3, 10, 10, 0, 0, 0, EngineTime.SWEDEN);
  static final String TODAY = "2026-03-10";

  @BeforeEach
  void startOnTuesday() {
    setClock(TUESDAY);
  }

  static void setClock(ZonedDateTime time) {
    ClockUtil.setCurrentTime(Date.from(time.toInstant()));
  }

  static Date date(ZonedDateTime time) {
    return Date.from(time.toInstant());
  }

  ProcessInstance start(CaseFixtures fixture) {
    return runtimeService.startProcessInstanceByKey(PROCESS_KEY, fixture.variables());
  }

  /** A case in Stockholm with consent, waiting for the coordinator's advice. */
  ProcessInstance startWithConsent() {
    return start(CaseFixtures.socialServicesCase());
  }

  static void giveAdvice(ProcessInstance instance, String recommendation) {
    complete(task(ADVISE_ON_APPLICATION, instance), withVariables(
        COORDINATOR_ADVICE, "Ansök i dag; kontakta NSP för boende.",
        COORDINATOR_RECOMMENDATION, recommendation));
  }

  static Map<String, Object> decisionToApply() {
    return withVariables(
        APPLICATION_DECISION, APPLY,
        DECISION_MADE_BY, "Enhetschef enligt delegationsordningen",
        APPLICATION_DECISION_DATE, TODAY,
        APPLICATION_GROUNDS, "Personen har berättat om tvångsarbete och skuld till arbetsgivaren.",
        CONTACT_PERSON_NAME, "Handläggare Socialtjänsten",
        CONTACT_PERSON_PHONE, "08-508 000 00");
  }

  static Map<String, Object> decisionNotToApply(String alternative) {
    return withVariables(
        APPLICATION_DECISION, DO_NOT_APPLY,
        DECISION_MADE_BY, "Enhetschef enligt delegationsordningen",
        APPLICATION_DECISION_DATE, TODAY,
        DECLINE_REASON, "person_declined",
        NOT_APPLYING_REASON, "Personen vill ha stöd via NSP i stället.",
        "alternative", alternative);
  }

  static void submitApplication(ProcessInstance instance) {
    complete(task(SUBMIT_APPLICATION, instance), withVariables(APPLICATION_DATE, TODAY));
  }

  /** A variable of an instance that may have ended. */
  Object historicVariable(ProcessInstance instance, String name) {
    HistoricVariableInstance variable = historyService.createHistoricVariableInstanceQuery()
        .processInstanceId(instance.getId()).variableName(name).singleResult();
    return variable == null ? null : variable.getValue();
  }
}
