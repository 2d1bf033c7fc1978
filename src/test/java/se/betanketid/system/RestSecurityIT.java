package se.betanketid.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Map;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import se.betanketid.ProcessTestCase;

/**
 * The security baseline over HTTP: the REST API needs Basic auth (401 without), each role gets what it needs
 * (200) and no more (403), and only the right roles may log into Tasklist, Cockpit and Admin.
 */
class RestSecurityIT extends ProcessTestCase {

  static final String INVESTIGATION_LEADER_PROCESS = "InvestigationLeaderApplicationProcess";

  private HttpSession client() {
    return new HttpSession("http://localhost:" + port);
  }

  @ParameterizedTest
  @ValueSource(strings = {"/engine-rest/task", "/engine-rest/process-instance", "/engine-rest/process-definition",
      "/engine-rest/history/process-instance", "/engine-rest/user", "/engine-rest/deployment",
      "/engine-rest/filter"})
  void restApiAnswers401WithoutCredentials(String path) {
    HttpSession.Reply reply = client().get(path, null);
    assertThat(reply.status()).isEqualTo(401);
    assertThat(reply.header("WWW-Authenticate")).contains("Basic");
  }

  @Test
  void wrongPasswordAnswers401() {
    // alva is used for nothing else: a failed login locks the user for a few seconds
    assertThat(client().get("/engine-rest/task", "alva:wrong").status()).isEqualTo(401);
  }

  @ParameterizedTest
  @CsvSource({"sara:sara, /engine-rest/task", "sara:sara, /engine-rest/filter",
      "maria:maria, /engine-rest/process-definition", "admin:admin, /engine-rest/user"})
  void restApiAnswers200WithCredentials(String credentials, String path) {
    assertThat(client().get(path, credentials).status()).isEqualTo(200);
  }

  @Test
  void socialWorkerMayNotCreateUsers() {
    String user = "{\"profile\":{\"id\":\"intruder\"},\"credentials\":{\"password\":\"Intruder-2026!\"}}";
    HttpSession.Reply reply = client().postJson("/engine-rest/user/create", "sara:sara", user);
    assertThat(reply.status()).isEqualTo(403);
    assertThat(reply.body()).contains("AuthorizationException");
  }

  @Test
  void coordinatorMayNotDeploy() {
    HttpSession.Reply reply = client().postMultipart("/engine-rest/deployment/create", "kim:kim",
        Map.of("deployment-name", "intrusion"), "data", "intrusion.bpmn", Bpmn.convertToString(
            Bpmn.createExecutableProcess("Intrusion").camundaHistoryTimeToLive(1).startEvent().endEvent().done()));
    assertThat(reply.status()).isEqualTo(403);
    assertThat(reply.body()).contains("AuthorizationException");
    assertThat(repositoryService.createDeploymentQuery().deploymentName("intrusion").count()).isZero();
  }

  @Test
  void managerMayNotDeleteUsers() {
    assertThat(client().delete("/engine-rest/user/eva", "maria:maria").status()).isEqualTo(403);
  }

  @Test
  void managerMayNotDeleteProcessInstancesButAdminMay() {
    Deployment deployment = repositoryService.createDeployment().name("rest-security-probe")
        .addModelInstance("RestSecurityProbe.bpmn", Bpmn.createExecutableProcess("RestSecurityProbe")
            .camundaHistoryTimeToLive(1).startEvent().userTask().endEvent().done())
        .deploy();
    try {
      ProcessInstance instance = runtimeService.startProcessInstanceByKey("RestSecurityProbe");
      String path = "/engine-rest/process-instance/" + instance.getId();
      assertThat(client().delete(path, "maria:maria").status()).isEqualTo(403);
      assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).count()).isOne();
      assertThat(client().delete(path, "admin:admin").status()).isEqualTo(204);
    } finally {
      repositoryService.deleteDeployment(deployment.getId(), true);
    }
  }

  @Test
  void socialWorkerMayNotStartTheInvestigationLeadersProcess() {
    ProcessDefinition definition = repositoryService.createProcessDefinitionQuery()
        .processDefinitionKey(INVESTIGATION_LEADER_PROCESS).latestVersion().singleResult();
    assumeTrue(definition != null, INVESTIGATION_LEADER_PROCESS + " is not deployed yet");
    HttpSession.Reply reply = client().postJson(
        "/engine-rest/process-definition/" + definition.getId() + "/start", "sara:sara", "{}");
    assertThat(reply.status()).isEqualTo(403);
    assertThat(reply.body()).contains("Du får inte starta den här sortens ärende.").doesNotContain("CREATE_INSTANCE");
    // she does not even see that it exists
    assertThat(client().get("/engine-rest/process-definition?key=" + INVESTIGATION_LEADER_PROCESS, "sara:sara")
        .body()).isEqualTo("[]");
  }

  /** Camunda's login answers 200 with the user's apps, 403 when the user may not use the app, 401 when wrong. */
  @ParameterizedTest
  @CsvSource({
      "sara, tasklist, 200", "sara, cockpit, 403", "sara, admin, 403",
      "kim, tasklist, 200", "kim, cockpit, 403", "kim, admin, 403",
      "alex, tasklist, 200", "alex, cockpit, 403",
      "maria, tasklist, 200", "maria, cockpit, 200", "maria, admin, 403",
      "eva, tasklist, 403", "eva, cockpit, 403",
      "admin, tasklist, 200", "admin, cockpit, 200", "admin, admin, 200"})
  void webappLogin(String user, String app, int expected) {
    HttpSession.Reply reply = client().webappLogin(user, user, app);
    assertThat(reply.status()).as(user + " logs into " + app).isEqualTo(expected);
    assertThat(reply.header("X-XSRF-TOKEN")).as("not a CSRF rejection").isNotEqualTo("Required");
    if (expected == 200) {
      assertThat(reply.body()).contains("\"userId\":\"" + user + "\"").contains("\"" + app + "\"");
    }
  }

  @Test
  void webappLoginWithWrongPasswordAnswers401() {
    // nils is used for nothing else in this class: the failed login locks him for a few seconds
    assertThat(client().webappLogin("nils", "sara", "tasklist").status()).isEqualTo(401);
  }

  @Test
  void sessionCookieIsHttpOnlyAndStrictlySameSite() {
    HttpSession session = client();
    session.webappLogin("kim", "kim", "tasklist");
    String cookie = session.setCookie("JSESSIONID");
    assertThat(cookie).contains("HttpOnly");
    assertThat(cookie.split("(?i)SameSite=", -1)).as("one SameSite attribute: " + cookie).hasSize(2);
    assertThat(cookie).containsIgnoringCase("SameSite=Strict");
  }
}
