package se.betanketid.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.betanketid.ProcessTestCase;
import se.betanketid.RestCalls;
import se.betanketid.WebappSession;

/**
 * Every form, read as Tasklist reads it (its copy of the engine API) and through the REST API, tells the
 * configured deadlines and holds no deadline token ({@code [[…]]}): the forms on disk hold the tokens, the
 * app fills them when it serves a form (system.DeployedFormTexts). Not a browser test; it uses the forms'
 * list of FormsBrowserIT, so a new form is read here too.
 */
class DeployedFormTextsIT extends ProcessTestCase {

  static Stream<Arguments> taskForms() {
    return FormsBrowserIT.taskForms();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("taskForms")
  void taskFormIsServedWithTheConfiguredDeadlines(String formId, String processKey, String activityId,
      String ignored) {
    RestCalls admin = new RestCalls(base(), "admin");
    String taskId = TaskFactory.taskAt(admin, processKey, activityId);
    String path = "/task/" + taskId + "/deployed-form";
    check(formId, admin.get("/engine-rest" + path), tasklist().get(WebappSession.ENGINE + path));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("se.betanketid.browser.FormsBrowserIT#startForms")
  void startFormIsServedWithTheConfiguredDeadlines(String formId, String user, String processName,
      String submitLabel) {
    String key = formId.equals("social-services-start")
        ? "SocialServicesApplicationProcess" : "InvestigationLeaderApplicationProcess";
    String definitionId =
        repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult()
            .getId();
    String path = "/process-definition/" + definitionId + "/deployed-start-form";
    check(formId, new RestCalls(base(), user).get("/engine-rest" + path),
        WebappSession.login(base(), user, "tasklist").get(WebappSession.ENGINE + path));
  }

  private void check(String formId, RestCalls.Answer rest, RestCalls.Answer tasklist) {
    for (RestCalls.Answer answer : new RestCalls.Answer[] {rest, tasklist}) {
      assertThat(answer.status()).as("%s: %s", formId, answer.body()).isEqualTo(200);
      JsonNode form = answer.json();
      assertThat(form.path("id").asText()).isEqualTo(formId);
      assertThat(answer.body()).as("%s holds no deadline token", formId).doesNotContain("[[").doesNotContain("]]");
    }
    assertThat(tasklist.body()).as("both APIs serve the same form").isEqualTo(rest.body());
    String expected = EXPECTED.get(formId);
    if (expected != null) {
      assertThat(rest.body()).as(formId).contains(expected);
    }
  }

  /** The configured numbers (application.yaml) in the words a person reads. */
  private static final java.util.Map<String, String> EXPECTED = java.util.Map.of(
      "advise-on-application", "Enligt kommunens rutin ges rådet inom 1 arbetsdag; dröjer det 2 arbetsdagar",
      "decide-on-application", "Enligt kommunens rutin ska ansökan skickas inom 2 arbetsdagar",
      "social-services-start", "Ansökan ska enligt kommunens rutin skickas inom 2 arbetsdagar från detta datum",
      "go-on-without-advice", "Regionkoordinatorn har inte gett råd inom 2 arbetsdagar (kommunens rutin",
      "register-decision", "inte är registrerat inom 3 arbetsdagar och ärendet eskaleras efter 5 arbetsdagar",
      "plan-next-step", "utlänningslagen) 30 dagar. Ärendets "
          + "förfallodatum är enligt kommunens rutin 7 dagar före",
      "assess-child-protection", "göras genast; enligt kommunens rutin senast inom 1 arbetsdag",
      "make-initial-assessment", "inom 14 dagar från orosanmälan",
      "secure-child-residence-basis", "Enligt kommunens rutin larmas chefen 5 dagar före",
      "complete-child-investigation", "Enligt lag (SoL 11 kap. 2 §) ska barnutredningen vara klar inom 4 månader");

  private String base() {
    return "http://localhost:" + port;
  }

  private WebappSession tasklist() {
    return WebappSession.login(base(), "admin", "tasklist");
  }
}
