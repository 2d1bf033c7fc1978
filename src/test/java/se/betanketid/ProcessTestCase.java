package se.betanketid;

import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.betanketid.casefile.ApplicantType;

/**
 * Base of the engine tests: the whole application on the test profile (in-memory H2, job executor off,
 * demo users), one Spring context shared by the suite. The engine clock is reset after each test.
 */
@IntegrationTest
public abstract class ProcessTestCase {

  @Autowired protected ProcessEngine processEngine;
  @Autowired protected RuntimeService runtimeService;
  @Autowired protected TaskService taskService;
  @Autowired protected HistoryService historyService;
  @Autowired protected RepositoryService repositoryService;
  @Autowired protected ManagementService managementService;
  @Autowired protected IdentityService identityService;
  @LocalServerPort protected int port;

  @BeforeEach
  void initAssertions() {
    BpmnAwareTests.init(processEngine);
  }

  @AfterEach
  void resetClockAndUser() {
    ClockUtil.reset();
    identityService.clearAuthentication();
  }

  /** A REST client of the engine API as the given demo user (password = user id). */
  protected RestCalls rest(String user) {
    return new RestCalls("http://localhost:" + port, user);
  }

  /** Starts a social services' case (the route) with the fixture's start-form values. */
  protected ProcessInstance startSocialServices(CaseFixtures fixture) {
    return runtimeService.startProcessInstanceByKey(ApplicantType.SOCIAL_SERVICES.processKey(), fixture.variables());
  }

  /** Completes the instance's one open task of this key with these values. */
  protected void completeTask(ProcessInstance instance, String taskKey, Map<String, Object> values) {
    taskService.complete(taskService.createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(taskKey).singleResult().getId(), values);
  }
}
