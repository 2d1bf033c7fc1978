package se.betanketid.caseview;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import se.betanketid.CaseFixtures;
import se.betanketid.ProcessTestCase;
import se.betanketid.RestCalls.Answer;

/** Mina ärenden and the case page as sara (Stockholm) and nils (Göteborg) see them. */
class CaseViewIT extends ProcessTestCase {

  @Test
  void saraSeesHerMunicipalitysCaseWithStageDeadlinesAndChildrenWithoutNames() {
    ProcessInstance route = startSocialServices(CaseFixtures.socialServicesCase().withChild("none_known"));
    String caseNumber = route.getBusinessKey();

    JsonNode list = rest("sara").get("/api/cases").json();
    JsonNode listed = find(list.get("cases"), caseNumber);
    assertThat(listed).isNotNull();
    assertThat(listed.get("stage").asText()).isEqualTo("Råd från regionkoordinator");
    assertThat(listed.get("href").asText()).isEqualTo("/cases/" + caseNumber);
    assertThat(listed.get("childrenUncovered").asInt()).isOne();
    assertThat(find(rest("sara").get("/api/cases?uncovered=true").json().get("cases"), caseNumber)).isNotNull();
    assertThat(find(rest("sara").get("/api/cases?overdue=true").json().get("cases"), caseNumber)).isNull();
    assertThat(find(rest("sara").get("/api/cases?stage=" + java.net.URLEncoder.encode("Beslut om ansökan", java.nio.charset.StandardCharsets.UTF_8)).json().get("cases"), caseNumber))
        .isNull();

    Answer page = rest("sara").get("/api/cases/" + caseNumber);
    assertThat(page.status()).isEqualTo(200);
    for (String personal : CaseFixtures.PERSONAL_DATA) {
      assertThat(page.body()).doesNotContain(personal);
    }
    JsonNode json = page.json();
    assertThat(json.get("caseNumber").asText()).isEqualTo(caseNumber);
    assertThat(json.get("children").get(0).get("label").asText()).isEqualTo("Barn 1");
    assertThat(json.get("children").get(0).get("coverage").asText()).isEqualTo("Saknar uppehållsgrund");
    assertThat(texts(json.get("timeline"), "what")).contains("Ärendet öppnades");
    assertThat(json.get("deadlines").size()).isPositive();
    // sara is no candidate of the coordinator's advice, but of the child's tasks: those open in Tasklist
    for (JsonNode task : json.get("tasks")) {
      boolean child = task.get("name").asText().startsWith("Barn 1: ");
      assertThat(task.get("href").isNull()).as(task.get("name").asText()).isEqualTo(!child);
    }
  }

  @Test
  void aCaseOfAnotherMunicipalityAnswersAsOneThatDoesNotExist() {
    ProcessInstance route = startSocialServices(CaseFixtures.socialServicesCase());
    Answer refused = rest("nils").get("/api/cases/" + route.getBusinessKey());
    Answer unknown = rest("nils").get("/api/cases/BT-1999-99999");
    assertThat(refused.status()).isEqualTo(404);
    assertThat(refused.body()).isEqualTo(unknown.body());
    assertThat(rest("nils").get("/cases/" + route.getBusinessKey()).status()).isEqualTo(404);
    assertThat(find(rest("nils").get("/api/cases").json().get("cases"), route.getBusinessKey())).isNull();
    assertThat(rest(null).get("/api/cases").status()).isEqualTo(401);
  }

  @Test
  void aTaskDoneShowsWhoDidItInTheTimeline() {
    ProcessInstance route = startSocialServices(CaseFixtures.socialServicesCase());
    Task advice = taskService.createTaskQuery().processInstanceId(route.getId())
        .taskDefinitionKey("UserTask_AdviseOnApplication").singleResult();
    Answer done = rest("kim").post("/engine-rest/task/" + advice.getId() + "/complete", Map.of("variables", Map.of(
        "coordinatorAdvice", Map.of("value", "Ansök."), "coordinatorRecommendation", Map.of("value", "apply"))));
    assertThat(done.status()).as(done.body()).isEqualTo(204);

    JsonNode timeline = rest("sara").get("/api/cases/" + route.getBusinessKey()).json().get("timeline");
    JsonNode entry = null;
    for (JsonNode e : timeline) {
      if (e.get("what").asText().equals("Klar: Ge råd om ansökan")) {
        entry = e;
      }
    }
    assertThat(entry).isNotNull();
    assertThat(entry.get("who").asText()).isEqualTo("kim");
    assertThat(entry.get("at").asText()).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");
  }

  private static JsonNode find(JsonNode cases, String caseNumber) {
    for (JsonNode c : cases) {
      if (caseNumber.equals(c.get("caseNumber").asText())) {
        return c;
      }
    }
    return null;
  }

  private static List<String> texts(JsonNode array, String field) {
    List<String> texts = new ArrayList<>();
    array.forEach(node -> texts.add(node.get(field).asText()));
    return texts;
  }
}
