package se.betanketid.casefile;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;

/** Deploys the test-only route (a start form and one task) that the case-file tests use. */
public final class TestProcessDeployment {

  public static final String KEY = "CaseOpeningTestProcess";
  public static final String SUBMIT = "/engine-rest/process-definition/key/" + KEY + "/submit-form";

  private TestProcessDeployment() {}

  public static void deploy(ProcessEngineServices engine) {
    RepositoryService repository = engine.getRepositoryService();
    AuthorizationService authorizations = engine.getAuthorizationService();
    repository.createDeployment().name("case-opening-test").enableDuplicateFiltering(false)
        .addClasspathResource("casefile/CaseOpeningTestProcess.bpmn")
        .addClasspathResource("forms/casefile-test-start.form")
        .addClasspathResource("forms/casefile-test-task.form").deploy();
    if (authorizations.createAuthorizationQuery().groupIdIn("socialtjanst-0180")
        .resourceType(Resources.PROCESS_DEFINITION).resourceId(KEY).count() == 0) {
      Authorization start = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      start.setGroupId("socialtjanst-0180");
      start.setResource(Resources.PROCESS_DEFINITION);
      start.setResourceId(KEY);
      start.addPermission(Permissions.ALL);
      authorizations.saveAuthorization(start);
    }
  }
}
