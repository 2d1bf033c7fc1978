package se.betanketid.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.betanketid.CaseFixtures;
import se.betanketid.ProcessTestCase;
import se.betanketid.RestCalls.Answer;
import se.betanketid.WebappSession;
import se.betanketid.calendar.EngineTime;

/**
 * A form changes only what its person may change. The cases are generated from the files: every disabled or
 * read-only field of every form (forms/), on every user task and start event that shows that form (bpmn/), so a
 * new read-only field is covered without touching this test. Each is tried with another value by the person who
 * works the task, through the REST API's submit-form, complete, task variables (set and delete) and Tasklist's own
 * submit-form: 400, a Swedish message naming the field, and nothing changed (the stored value, the task, the
 * database's footprint). Then: the same value again is accepted (Tasklist sends read-only fields), and an allowed
 * change of a stored fact is in the task's operation log with who, which fact, from what to what.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadOnlyFieldsIT extends ProcessTestCase {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path FORMS = Path.of("forms");
  private static final Path BPMN = Path.of("bpmn");
  private static final AtomicInteger TRIED = new AtomicInteger();
  private static final Map<String, Integer> REFUSED_PER_FORM = new java.util.TreeMap<>();

  @Autowired JdbcTemplate jdbc;

  private final Map<String, WebappSession> sessions = new HashMap<>();

  /** A field that the form shows but its person cannot edit, at one place that shows the form. */
  record Place(String formId, String processKey, String activityId, boolean startForm, JsonNode component) {
    String key() {
      return component.path("key").asText();
    }

    String label() {
      for (String name : List.of("label", "dateLabel")) {
        if (!component.path(name).asText("").isBlank()) {
          return component.path(name).asText();
        }
      }
      return key();
    }

    @Override
    public String toString() {
      return formId + " · " + key() + " · " + processKey + "/" + activityId;
    }
  }

  enum Door {
    REST_SUBMIT_FORM, REST_COMPLETE, REST_TASK_VARIABLES, REST_DELETE_TASK_VARIABLE, TASKLIST_SUBMIT_FORM
  }

  static List<Place> places() throws IOException {
    List<Place> places = new ArrayList<>();
    try (Stream<Path> files = Files.list(BPMN)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList()) {
        String processKey = file.getFileName().toString().replace(".bpmn", "");
        var model = Bpmn.readModelFromFile(file.toFile());
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
          places.addAll(notEditable(task.getCamundaFormRef(), processKey, task.getId(), false));
        }
        for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
          places.addAll(notEditable(start.getCamundaFormRef(), processKey, start.getId(), true));
        }
      }
    }
    return places;
  }

  private static List<Place> notEditable(String formId, String processKey, String activityId, boolean start) {
    if (formId == null || !Files.exists(FORMS.resolve(formId + ".form"))) {
      return List.of();
    }
    List<Place> found = new ArrayList<>();
    try {
      collect(JSON.readTree(FORMS.resolve(formId + ".form").toFile()).path("components"), formId, processKey,
          activityId, start, found);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return found;
  }

  private static void collect(JsonNode components, String formId, String processKey, String activityId,
      boolean start, List<Place> found) {
    for (JsonNode component : components) {
      boolean fixed = component.path("disabled").asBoolean(false) || component.path("readonly").asBoolean(false);
      if (component.hasNonNull("key") && fixed && !"dynamiclist".equals(component.path("type").asText())) {
        found.add(new Place(formId, processKey, activityId, start, component));
      } else if (component.has("components") && !"dynamiclist".equals(component.path("type").asText())) {
        collect(component.path("components"), formId, processKey, activityId, start, found);
      }
    }
  }

  @Test
  void theFormsHaveReadOnlyFieldsToTry() throws IOException {
    assertThat(places()).as("advise-on-application shows the identification date disabled")
        .anyMatch(place -> place.formId().equals("advise-on-application") && place.key().equals("identificationDate"));
  }

  @TestFactory
  Stream<DynamicTest> everyReadOnlyFieldOnEveryTaskThatShowsItIsRefusedWhenChanged() throws IOException {
    return places().stream().flatMap(place -> Stream.of(Door.values())
        .filter(door -> !place.startForm() || door == Door.REST_SUBMIT_FORM)
        .map(door -> DynamicTest.dynamicTest(place + " · " + door, () -> tryToChange(place, door))));
  }

  private void tryToChange(Place place, Door door) {
    if (place.startForm()) {
      tryToSetAtStart(place);
      return;
    }
    String taskId = TaskAt.create(rest("admin"), taskService, place.processKey(), place.activityId());
    String user = workerOf(taskId);
    Object stored = taskService.getVariable(taskId, place.key());
    if (door == Door.REST_DELETE_TASK_VARIABLE && stored == null) {
      return; // nothing to delete at this place
    }
    Object changed = otherValue(place.component(), stored);
    Footprint before = Footprint.of(jdbc);

    Answer answer = send(door, user, taskId, Map.of(place.key(), restValue(place.component(), changed)));

    assertThat(answer.status()).as("%s by %s: %s", door, user, answer.body()).isEqualTo(400);
    JsonNode body = answer.json();
    assertThat(body.path("type").asText()).isEqualTo("CaseValidationException");
    assertThat(body.path("field").asText()).isEqualTo(place.key());
    assertThat(body.path("message").asText())
        .isEqualTo("Fältet \"" + place.label() + "\" kan inte ändras i det här formuläret.");
    assertThat(Footprint.of(jdbc)).as("nothing stored or run").isEqualTo(before);
    assertThat(taskService.createTaskQuery().taskId(taskId).count()).as("the task is still open").isEqualTo(1);
    assertThat(String.valueOf(taskService.getVariable(taskId, place.key()))).as("the stored value")
        .isEqualTo(String.valueOf(stored));
    TRIED.incrementAndGet();
    synchronized (REFUSED_PER_FORM) {
      REFUSED_PER_FORM.merge(place.formId() + "." + place.key(), 1, Integer::sum);
    }
  }

  private void tryToSetAtStart(Place place) {
    boolean social = place.processKey().equals("SocialServicesApplicationProcess");
    Map<String, Object> variables = new LinkedHashMap<>((social ? CaseFixtures.socialServicesCase()
        : CaseFixtures.investigationLeaderCase()).restVariables());
    variables.put(place.key(), restValue(place.component(), otherValue(place.component(), null)));
    Footprint before = Footprint.of(jdbc);

    Answer answer = rest(social ? "sara" : "alex").post("/engine-rest/process-definition/key/" + place.processKey()
        + "/submit-form", Map.of("variables", variables));

    assertThat(answer.status()).as(answer.body()).isEqualTo(400);
    assertThat(answer.json().path("message").asText())
        .isEqualTo("Fältet \"" + place.label() + "\" kan inte ändras i det här formuläret.");
    assertThat(Footprint.of(jdbc)).isEqualTo(before);
    TRIED.incrementAndGet();
  }

  /** The coordinator of issue 15: the advice with the identification date and the assessment as they are. */
  @Test
  void theSameValuesAgainAreAcceptedAsTasklistSendsThem() {
    String taskId = TaskAt.create(rest("admin"), taskService, "SocialServicesApplicationProcess",
        "UserTask_AdviseOnApplication");
    String identified = (String) taskService.getVariable(taskId, "identificationDate");
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("coordinatorAdvice", Map.of("value", "Ansök om betänketid.", "type", "String"));
    variables.put("coordinatorRecommendation", Map.of("value", "apply", "type", "String"));
    variables.put("identificationDate", Map.of("value", identified, "type", "String"));
    variables.put("presumedVictim", Map.of("value", true, "type", "Boolean"));
    variables.put("exploitationForms", Map.of("value", "[\"sexual\"]", "type", "Json"));

    Answer answer = send(Door.TASKLIST_SUBMIT_FORM, "kim", taskId, variables);

    assertThat(answer.status()).as(answer.body()).isEqualTo(204);
    assertThat(historyService.createUserOperationLogQuery().taskId(taskId)
        .operationType(UserOperationLogEntry.OPERATION_TYPE_SET_VARIABLE).count())
        .as("no fact changed: nothing in the log but the completion").isZero();
  }

  /** The refusal names a field of the form: only whoever may work the task gets it. */
  @Test
  void whoMayNotWorkTheTaskGetsTheEnginesRefusalAndNoFieldName() {
    String taskId = TaskAt.create(rest("admin"), taskService, "SocialServicesApplicationProcess",
        "UserTask_AdviseOnApplication");
    Footprint before = Footprint.of(jdbc);

    for (Door door : List.of(Door.REST_COMPLETE, Door.REST_SUBMIT_FORM, Door.REST_TASK_VARIABLES)) {
      Answer answer = send(door, "nils", taskId,
          Map.of("identificationDate", Map.of("value", "2020-01-01", "type", "String")));

      assertThat(answer.status()).as("%s by a social worker of another municipality: %s", door, answer.body())
          .isEqualTo(403);
      assertThat(answer.body()).contains("AuthorizationException").doesNotContain("identificationDate")
          .doesNotContain("Identifieringsdatum");
    }
    assertThat(Footprint.of(jdbc)).as("nothing stored or run").isEqualTo(before);
  }

  @Test
  void anAllowedChangeOfAStoredFactIsLoggedWithWhoWhatFromAndTo() {
    String taskId = TaskAt.create(rest("admin"), taskService, "SocialServicesApplicationProcess",
        "UserTask_AdviseOnApplication");
    assertThat(send(Door.REST_TASK_VARIABLES, "kim", taskId,
        Map.of("coordinatorAdvice", Map.of("value", "Vänta.", "type", "String"))).status()).isEqualTo(204);

    Answer answer = send(Door.REST_SUBMIT_FORM, "kim", taskId, Map.of(
        "coordinatorAdvice", Map.of("value", "Ansök genast.", "type", "String"),
        "coordinatorRecommendation", Map.of("value", "apply", "type", "String")));

    assertThat(answer.status()).as(answer.body()).isEqualTo(204);
    List<UserOperationLogEntry> logged = historyService.createUserOperationLogQuery().taskId(taskId)
        .operationType(UserOperationLogEntry.OPERATION_TYPE_SET_VARIABLE).property("coordinatorAdvice").list();
    assertThat(logged).singleElement().satisfies(entry -> {
      assertThat(entry.getUserId()).isEqualTo("kim");
      assertThat(entry.getOrgValue()).isEqualTo("Vänta.");
      assertThat(entry.getNewValue()).isEqualTo("Ansök genast.");
      assertThat(entry.getProcessInstanceId()).isNotNull();
    });
    assertThat(rest("nils").get("/engine-rest/history/user-operation?taskId=" + taskId).body())
        .as("a social worker of another municipality reads nothing of it").isEqualTo("[]");
  }

  @AfterAll
  void printFigures() {
    System.out.printf("Read-only fields: %d changes of disabled or read-only fields tried (%d fields on their tasks "
        + "and start forms, through %d doors), each refused with a Swedish 400 and nothing changed: %s%n",
        TRIED.get(), REFUSED_PER_FORM.size(), Door.values().length, REFUSED_PER_FORM.keySet());
  }

  private Answer send(Door door, String user, String taskId, Map<String, Object> variables) {
    return switch (door) {
      case REST_SUBMIT_FORM -> rest(user).post("/engine-rest/task/" + taskId + "/submit-form",
          Map.of("variables", variables));
      case REST_COMPLETE -> rest(user).post("/engine-rest/task/" + taskId + "/complete",
          Map.of("variables", variables));
      case REST_TASK_VARIABLES -> rest(user).post("/engine-rest/task/" + taskId + "/variables",
          Map.of("modifications", variables));
      case REST_DELETE_TASK_VARIABLE -> rest(user).delete("/engine-rest/task/" + taskId + "/variables/"
          + variables.keySet().iterator().next());
      case TASKLIST_SUBMIT_FORM -> sessions.computeIfAbsent(user,
              who -> WebappSession.login("http://localhost:" + port, who, "tasklist"))
          .post(WebappSession.ENGINE + "/task/" + taskId + "/submit-form", Map.of("variables", variables));
    };
  }

  /** A member of the task's candidate group (the person who works it), or the administrator. */
  private String workerOf(String taskId) {
    for (IdentityLink link : taskService.getIdentityLinksForTask(taskId)) {
      if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
        var member = identityService.createUserQuery().memberOfGroup(link.getGroupId()).listPage(0, 1);
        if (!member.isEmpty()) {
          return member.get(0).getId();
        }
      }
    }
    return "admin";
  }

  /** Another value of the field's kind that the form's schema would accept. */
  static Object otherValue(JsonNode component, Object stored) {
    Object plain = stored instanceof TypedValue typed ? typed.getValue() : stored;
    List<String> options = new ArrayList<>();
    component.path("values").forEach(option -> options.add(option.path("value").asText()));
    return switch (component.path("type").asText()) {
      case "datetime" -> (plain == null ? EngineTime.today() : EngineTime.toLocalDate(plain)).minusDays(1).toString();
      case "checkbox" -> !Boolean.TRUE.equals(plain);
      case "number" -> plain instanceof Number number ? number.longValue() + 1 : 1;
      case "radio", "select" -> options.stream().filter(option -> !option.equals(String.valueOf(plain))).findFirst()
          .orElse("annat");
      case "checklist", "taglist" -> {
        String current = String.valueOf(plain).replaceAll("\\s", "");
        String first = "[\"" + options.get(0) + "\"]";
        yield Objects.equals(current, first) && options.size() > 1 ? "[\"" + options.get(1) + "\"]" : first;
      }
      default -> plain == null ? "Ändrat" : plain + " (ändrat)";
    };
  }

  static Map<String, Object> restValue(JsonNode component, Object value) {
    String type = component.path("type").asText();
    if (type.equals("checklist") || type.equals("taglist")) {
      return Map.of("value", value, "type", "Json");
    }
    return Map.of("value", value, "type", value instanceof Boolean ? "Boolean"
        : value instanceof Long || value instanceof Integer ? "Long" : "String");
  }
}
