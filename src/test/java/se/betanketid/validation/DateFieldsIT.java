package se.betanketid.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.betanketid.CaseFixtures;
import se.betanketid.ProcessTestCase;
import se.betanketid.RestCalls.Answer;
import se.betanketid.calendar.EngineTime;

/**
 * Every date field of every form (a textfield with {@code properties.format = date}), submitted through the
 * REST API as Tasklist would: ÅÅÅÅ-MM-DD is stored as that very String; anything else (the American order,
 * dots, a missing zero, a day that does not exist, a time) is refused with a 400 and a Swedish message naming
 * the field, and nothing is stored. The other fields get values their schema accepts, so the refusal is the
 * date's.
 */
class DateFieldsIT extends ProcessTestCase {

  private static final ObjectMapper JSON = new ObjectMapper();
  /** Not ÅÅÅÅ-MM-DD, or not a day: each was once silently read as some other date by form-js. */
  static final List<String> NOT_A_DAY = List.of("05/06/2026", "1990-5-14", "4.12.2026", "13/45/2026",
      "2026-02-30", "2026-13-01", "20260605", "2026-06-05T00:00", "۲۰۲۶-۰۶-۰۵");

  /** The form, the process and user task (or start event) that shows it, and one of its date fields. */
  record DateField(String form, String processKey, String activityId, String key, String label, String listPath) {
    boolean start() {
      return activityId == null;
    }

    @Override
    public String toString() {
      return form + ": " + label;
    }
  }

  static final Map<String, String[]> FORMS = Map.ofEntries(
      Map.entry("social-services-start", new String[] {"SocialServicesApplicationProcess", null}),
      Map.entry("investigation-leader-start", new String[] {"InvestigationLeaderApplicationProcess", null}),
      Map.entry("advise-on-application", new String[] {"SocialServicesApplicationProcess", "UserTask_AdviseOnApplication"}),
      Map.entry("record-anonymous-consultation", new String[] {"SocialServicesApplicationProcess",
          "UserTask_RecordAnonymousConsultation"}),
      Map.entry("decide-on-application", new String[] {"SocialServicesApplicationProcess",
          "UserTask_DecideOnApplication"}),
      Map.entry("submit-application", new String[] {"SocialServicesApplicationProcess", "UserTask_SubmitApplication"}),
      Map.entry("offer-support", new String[] {"InvestigationLeaderApplicationProcess", "UserTask_OfferSupport"}),
      Map.entry("register-decision", new String[] {"ReflectionPeriodProcess", "UserTask_RegisterDecision"}),
      Map.entry("record-permit", new String[] {"ReflectionPeriodProcess", "UserTask_RecordPermit"}),
      Map.entry("consider-permit-renewal", new String[] {"ReflectionPeriodProcess", "UserTask_ConsiderPermitRenewal"}),
      Map.entry("arrange-assisted-return", new String[] {"ReflectionPeriodProcess", "UserTask_ArrangeAssistedReturn"}),
      Map.entry("record-longer-period", new String[] {"ReflectionPeriodProcess", "UserTask_RecordLongerPeriod"}),
      Map.entry("assess-child-protection", new String[] {"AccompanyingChildProcess", "UserTask_AssessChildProtection"}),
      Map.entry("make-initial-assessment", new String[] {"AccompanyingChildProcess",
          "UserTask_MakeInitialAssessment"}),
      Map.entry("secure-child-residence-basis", new String[] {"AccompanyingChildProcess",
          "UserTask_SecureResidenceBasis"}),
      Map.entry("complete-child-investigation", new String[] {"AccompanyingChildProcess",
          "UserTask_CompleteChildInvestigation"}));

  /** The editable date fields of all forms, found in forms/*.form. */
  static Stream<DateField> dateFields() throws IOException {
    List<DateField> fields = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("forms"))) {
      for (Path file : files.sorted().toList()) {
        String form = file.getFileName().toString().replace(".form", "");
        collect(form, JSON.readTree(file.toFile()).path("components"), null, fields);
      }
    }
    return fields.stream();
  }

  private static void collect(String form, JsonNode components, String listPath, List<DateField> into) {
    for (JsonNode component : components) {
      if (ComponentChecks.isDateField(component) && !component.path("disabled").asBoolean()) {
        String[] where = FORMS.get(form);
        assertThat(where).as("the form %s has a date field: list it in DateFieldsIT.FORMS", form).isNotNull();
        into.add(new DateField(form, where[0], where[1], component.get("key").asText(),
            component.get("label").asText(), listPath));
      }
      if (component.has("components")) {
        collect(form, component.get("components"), component.path("path").asText(listPath), into);
      }
    }
  }

  @Test
  void everyDateFieldOfTheFormsIsATextfieldForÅÅÅÅMMDD() throws IOException {
    assertThat(dateFields()).hasSizeGreaterThanOrEqualTo(22);
    for (Path file : Files.list(Path.of("forms")).toList()) {
      assertThat(Files.readString(file)).as(file.toString()).doesNotContain("\"datetime\"")
          .doesNotContainIgnoringCase("mm/dd").doesNotContain("kalendern");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dateFields")
  void onlyARealDayAsÅÅÅÅMMDDIsStoredAnythingElseIsRefusedInSwedishNamingTheField(DateField field)
      throws IOException {
    String target = target(field);
    for (String typed : NOT_A_DAY) {
      Answer refused = rest(user(field)).post(target, Map.of("variables", values(field, typed)));
      assertThat(refused.status()).as("%s = %s: %s", field, typed, refused.body()).isEqualTo(400);
      String message = refused.json().path("message").asText();
      assertThat(message).as("%s = %s", field, typed).contains("Fältet \"" + field.label() + "\"")
          .containsAnyOf("ÅÅÅÅ-MM-DD", "inte ett giltigt datum");
      assertThat(historyService.createHistoricVariableInstanceQuery().variableName(field.key()).list())
          .as("%s = %s: nothing stored", field, typed)
          .noneMatch(variable -> typed.equals(String.valueOf(variable.getValue())));
    }
    if (!field.start()) {
      String taskId = target.split("/")[3];
      assertThat(taskService.createTaskQuery().taskId(taskId).count()).as("the task is still open").isOne();
    }
  }

  @Test
  void aDayTypedAsÅÅÅÅMMDDIsStoredAsThatString() {
    Answer started = rest("sara").post("/engine-rest/process-definition/key/SocialServicesApplicationProcess"
        + "/submit-form", Map.of("variables", CaseFixtures.socialServicesCase().with("personBirthDate", "1990-05-14")
        .with("identificationDate", EngineTime.today().toString()).withChild("none_known").restVariables()));
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    String id = started.json().get("id").asText();
    assertThat(runtimeService.getVariable(id, "personBirthDate")).isEqualTo("1990-05-14");
    assertThat(runtimeService.getVariable(id, "identificationDate")).isEqualTo(EngineTime.today().toString());
  }

  private String target(DateField field) {
    if (field.start()) {
      return "/engine-rest/process-definition/key/" + field.processKey() + "/submit-form";
    }
    Map<String, Object> start = new LinkedHashMap<>();
    start.put("businessKey", "BT-" + EngineTime.today().getYear() + "-9" + (1000 + (int) (Math.random() * 8999)));
    start.put("variables", caseData(field.processKey()));
    start.put("startInstructions", List.of(Map.of("type", "startBeforeActivity", "activityId", field.activityId())));
    Answer started = rest("admin").post("/engine-rest/process-definition/key/" + field.processKey() + "/start", start);
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    String taskId = taskService.createTaskQuery().processInstanceId(started.json().get("id").asText())
        .taskDefinitionKey(field.activityId()).singleResult().getId();
    return "/engine-rest/task/" + taskId + "/submit-form";
  }

  private static String user(DateField field) {
    return !field.start() ? "admin" : field.form().equals("social-services-start") ? "sara" : "alex";
  }

  /** Values every other field's schema accepts, and {@code typed} in the date field. */
  private Map<String, Object> values(DateField field, String typed) throws IOException {
    if (field.start()) {
      CaseFixtures fixture = field.form().equals("social-services-start") ? CaseFixtures.socialServicesCase()
          : CaseFixtures.investigationLeaderCase();
      Map<String, Object> values = new LinkedHashMap<>(fixture.withChild("none_known").restVariables());
      if (field.listPath() == null) {
        values.put(field.key(), HostileInputs.typed(typed, "String"));
      } else {
        Map<String, Object> child = new LinkedHashMap<>();
        child.put("childName", "Barnet Datumsson");
        child.put("childBirthDate", typed);
        child.put("childCitizenship", "Nigeria");
        child.put("childCoverage", "none_known");
        values.put(field.listPath(), HostileInputs.typed(JSON.writeValueAsString(List.of(child)), "Json"));
      }
      return values;
    }
    Map<String, Object> values = new LinkedHashMap<>();
    for (JsonNode component : JSON.readTree(Path.of("forms", field.form() + ".form").toFile()).path("components")) {
      String key = ComponentChecks.keyOf(component);
      if (key == null || component.path("disabled").asBoolean() || component.path("readonly").asBoolean()
          || component.has("conditional") && !key.equals(field.key())) {
        continue; // a field hidden by its condition may not be filled in (EditableFields): the date is refused alone
      }
      Object value = key.equals(field.key()) ? HostileInputs.typed(typed, "String") : acceptable(component);
      if (value != null) {
        values.put(key, value);
      }
    }
    return values;
  }

  private static Object acceptable(JsonNode component) throws IOException {
    JsonNode first = component.path("values").path(0).path("value");
    return switch (component.path("type").asText()) {
      case "textfield" -> HostileInputs.typed(ComponentChecks.isDateField(component) ? "2026-06-05" : "x", "String");
      case "textarea" -> HostileInputs.typed("x", "String");
      case "number" -> HostileInputs.typed(component.path("validate").path("min").asInt(1), "Integer");
      case "checkbox" -> HostileInputs.typed(true, "Boolean");
      case "select", "radio" -> first.isMissingNode() ? null : HostileInputs.typed(first.asText(), "String");
      case "checklist" -> first.isMissingNode() ? null
          : HostileInputs.typed(JSON.writeValueAsString(List.of(first.asText())), "Json");
      default -> null;
    };
  }

  /** What a called process (or a route at one of its tasks) needs of its case; Göteborg (1480). */
  private static Map<String, Object> caseData(String processKey) {
    if (processKey.endsWith("ApplicationProcess")) {
      CaseFixtures fixture = processKey.startsWith("Social") ? CaseFixtures.socialServicesCase()
          : CaseFixtures.investigationLeaderCase();
      return fixture.with("municipalityCode", "1480").with("identityDocument", "pass " + Math.random())
          .restVariables();
    }
    var today = EngineTime.today();
    return CaseFixtures.calledProcessCase("BT-" + today.getYear() + "-99999", "1480", "vast", today)
        .with("concernReportDate", today.minusDays(2).toString())
        .with("initialAssessmentDate", today.minusDays(1).toString()).restVariables();
  }
}
