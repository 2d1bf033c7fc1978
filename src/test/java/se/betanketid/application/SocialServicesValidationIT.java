package se.betanketid.application;

import static org.assertj.core.api.Assertions.assertThat;
import static se.betanketid.application.SocialServicesApplication.*;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import se.betanketid.CaseFixtures;
import se.betanketid.RestCalls.Answer;

/**
 * The REST API cannot bypass the forms: a bad start or completion answers 400 with a Swedish message naming
 * the field, and nothing is started or completed.
 */
class SocialServicesValidationIT extends SocialServicesTestCase {

  static final String SUBMIT = "/engine-rest/process-definition/key/" + PROCESS_KEY + "/submit-form";

  @Test
  void aMissingFieldIsRefusedAndNothingIsStarted() {
    Answer refused = startAsSara(CaseFixtures.socialServicesCase().with("personName", null));

    assertRefused(refused, "personName", "Fältet \"Namn\" måste fyllas i.");
  }

  @Test
  void badDatesAreRefused() {
    assertRefused(startAsSara(CaseFixtures.socialServicesCase().with(PERSON_BIRTH_DATE, "1998-02-30")),
        PERSON_BIRTH_DATE, "Fältet \"Födelsedatum\" är inte ett giltigt datum: den dagen finns inte (ÅÅÅÅ-MM-DD).");
    assertRefused(startAsSara(CaseFixtures.socialServicesCase().with(PERSON_BIRTH_DATE, "2026-03-11")),
        PERSON_BIRTH_DATE, "Fältet \"Födelsedatum\" kan inte vara ett datum i framtiden.");
    assertRefused(startAsSara(CaseFixtures.socialServicesCase().identifiedOn(TUESDAY.toLocalDate().plusDays(1))),
        IDENTIFICATION_DATE, "Fältet \"Identifieringsdatum\" kan inte vara ett datum i framtiden.");
  }

  @Test
  void aChildsBirthDateInTheFutureNamesTheRow() {
    Map<String, Object> variables = CaseFixtures.socialServicesCase().restVariables();
    variables.put("children", Map.of("type", "Json", "value",
        "[{\"childName\":\"A\",\"childBirthDate\":\"2019-07-02\",\"childCitizenship\":\"Nigeria\",\"childCoverage\":\"none_known\"},"
            + "{\"childName\":\"B\",\"childBirthDate\":\"2027-01-01\",\"childCitizenship\":\"Nigeria\",\"childCoverage\":\"none_known\"}]"));

    assertRefused(startAsSara(variables), CHILD_BIRTH_DATE,
        "Medföljande barn, rad 2: Fältet \"Barnets födelsedatum\" kan inte vara ett datum i framtiden.");
  }

  @Test
  void theAnswersTheRouteDependsOnAndTheMunicipalityAreChecked() {
    assertRefused(startAsSara(CaseFixtures.socialServicesCase().with("coordinatorConsent", null)),
        "coordinatorConsent", "Fältet \"Personen samtycker till kontakt med regionkoordinator\" måste besvaras med ja eller nej.");
    assertRefused(startAsSara(CaseFixtures.socialServicesCase().with(PRESUMED_VICTIM, null)), PRESUMED_VICTIM, null);
    assertRefused(startAsSara(CaseFixtures.socialServicesCase().with(RESIDENCE_PERMIT, "tourist")),
        RESIDENCE_PERMIT, null);
    assertRefused(startAsSara(CaseFixtures.socialServicesCase().with("municipalityCode", "9999")),
        "municipalityCode", null);
  }

  @Test
  void anApplicationDatedBeforeTheIdentificationIsRefusedAndTheTaskStaysOpen() {
    ProcessInstance instance = start(CaseFixtures.socialServicesCase().identifiedOn(TUESDAY.toLocalDate().minusDays(1)));
    giveAdvice(instance, APPLY);
    taskService.complete(task(instance).getId(), decisionToApply());
    Task submit = task(instance);

    Answer refused = completeAsSara(submit, Map.of(APPLICATION_DATE, "2026-03-08"));

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().get("field").asText()).isEqualTo(APPLICATION_DATE);
    assertThat(refused.json().get("message").asText())
        .isEqualTo("Fältet \"Datum då ansökan skickades\" kan inte vara före \"Identifieringsdatum\".");
    assertThat(taskService.createTaskQuery().taskId(submit.getId()).count()).isEqualTo(1);
    assertThat(runtimeService.getVariable(instance.getId(), APPLICATION_DATE)).isNull();

    assertThat(completeAsSara(submit, Map.of(APPLICATION_DATE, "2026-03-09")).status()).isEqualTo(204);
  }

  @Test
  void applyingNeedsTheApplicationDataAndNotApplyingAReason() {
    ProcessInstance instance = startWithConsent();
    giveAdvice(instance, APPLY);
    Task decide = task(instance);
    Map<String, Object> withoutGrounds = new LinkedHashMap<>(decisionToApply());
    withoutGrounds.remove(APPLICATION_GROUNDS);
    Map<String, Object> withoutReason = new LinkedHashMap<>(decisionNotToApply("nsp"));
    withoutReason.remove(DECLINE_REASON);

    assertTaskRefused(completeAsSara(decide, withoutGrounds), APPLICATION_GROUNDS);
    assertTaskRefused(completeAsSara(decide, withoutReason), DECLINE_REASON);
    Map<String, Object> beforeIdentification = new LinkedHashMap<>(decisionToApply());
    beforeIdentification.put(APPLICATION_DECISION_DATE, "2026-03-09");
    assertTaskRefused(completeAsSara(decide, beforeIdentification), APPLICATION_DECISION_DATE);
    assertThat(taskService.createTaskQuery().taskId(decide.getId()).count()).isEqualTo(1);
  }

  @Test
  void notApplyingNeedsAReasonFromTheListAndWordsForAnotherReason() {
    ProcessInstance instance = startWithConsent();
    giveAdvice(instance, DO_NOT_APPLY);
    Task decide = task(instance);
    Map<String, Object> withoutReason = new LinkedHashMap<>(decisionNotToApply("nsp"));
    withoutReason.remove(DECLINE_REASON);
    Map<String, Object> unknownReason = new LinkedHashMap<>(decisionNotToApply("nsp"));
    unknownReason.put(DECLINE_REASON, "no_time");
    Map<String, Object> otherInNoWords = new LinkedHashMap<>(decisionNotToApply("nsp"));
    otherInNoWords.put(DECLINE_REASON, "other");
    otherInNoWords.remove(NOT_APPLYING_REASON);

    assertRefused(completeAsSara(decide, withoutReason), DECLINE_REASON,
        "Fältet \"Skäl att inte ansöka\" måste fyllas i.");
    assertRefused(completeAsSara(decide, unknownReason), DECLINE_REASON,
        "Fältet \"Skäl att inte ansöka\" har ett värde som inte finns bland valen.");
    assertRefused(completeAsSara(decide, otherInNoWords), NOT_APPLYING_REASON,
        "Fältet \"Beskrivning av skälet\" måste fyllas i.");
    assertThat(taskService.createTaskQuery().taskId(decide.getId()).count()).as("the task stays open").isEqualTo(1);
    assertThat(runtimeService.getVariable(instance.getId(), DECLINE_REASON)).isNull();

    Map<String, Object> reasonWithoutWords = new LinkedHashMap<>(decisionNotToApply("nsp"));
    reasonWithoutWords.put(DECLINE_REASON, "unreachable");
    reasonWithoutWords.remove(NOT_APPLYING_REASON);
    assertThat(completeAsSara(decide, reasonWithoutWords).status()).isEqualTo(204);
    assertThat(runtimeService.getVariable(instance.getId(), DECLINE_REASON)).isEqualTo("unreachable");
  }

  private Answer startAsSara(CaseFixtures fixture) {
    return startAsSara(fixture.restVariables());
  }

  private Answer startAsSara(Map<String, Object> variables) {
    long before = historyService.createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS_KEY).count();
    Answer answer = rest("sara").post(SUBMIT, Map.of("variables", variables));
    if (answer.status() == 400) {
      assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS_KEY).count())
          .as("nothing started").isEqualTo(before);
    }
    return answer;
  }

  private Answer completeAsSara(Task task, Map<String, Object> values) {
    Map<String, Object> variables = new LinkedHashMap<>();
    values.forEach((key, value) -> variables.put(key, Map.of("value", value,
        "type", value instanceof Boolean ? "Boolean" : "String")));
    return rest("sara").post("/engine-rest/task/" + task.getId() + "/submit-form", Map.of("variables", variables));
  }

  private Task task(ProcessInstance instance) {
    List<Task> tasks = taskService.createTaskQuery().processInstanceId(instance.getId()).list();
    assertThat(tasks).hasSize(1);
    return tasks.get(0);
  }

  private static void assertRefused(Answer answer, String field, String message) {
    assertThat(answer.status()).as(answer.body()).isEqualTo(400);
    assertThat(answer.json().get("field").asText()).isEqualTo(field);
    if (message != null) {
      assertThat(answer.json().get("message").asText()).isEqualTo(message);
    } else {
      assertThat(answer.json().get("message").asText()).startsWith("Fältet \"");
    }
  }

  private static void assertTaskRefused(Answer answer, String field) {
    assertThat(answer.status()).as(answer.body()).isEqualTo(400);
    assertThat(answer.json().get("field").asText()).isEqualTo(field);
    assertThat(answer.json().get("message").asText()).startsWith("Fältet \"").doesNotContain("Exception");
  }
}
