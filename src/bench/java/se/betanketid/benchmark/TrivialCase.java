package se.betanketid.benchmark;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.variable.Variables;

/**
 * The bench-only trivial process (src/bench/resources/benchmark/BenchTrivialProcess.bpmn): started by the social
 * worker, its one task completed by her. Same engine, same plugins, same user, same way as {@link FullCase}.
 */
final class TrivialCase extends BenchCase {

  static final String KEY = "BenchTrivialProcess";
  private static final AtomicInteger NUMBERS = new AtomicInteger();

  private String instanceId;

  TrivialCase(ProcessEngine engine) {
    super(engine);
  }

  /** Deploys the process with its form and lets the social workers of 0180 start it, as they may start a route. */
  static void deploy(ProcessEngine engine) {
    engine.getRepositoryService().createDeployment().name("benchmark")
        .addClasspathResource("benchmark/BenchTrivialProcess.bpmn")
        .addClasspathResource("forms/bench-trivial-task.form").deploy();
    AuthorizationService authorizations = engine.getAuthorizationService();
    if (authorizations.createAuthorizationQuery().groupIdIn(FullCase.SOCIAL_SERVICES)
        .resourceType(Resources.PROCESS_DEFINITION).resourceId(KEY).count() > 0) {
      return; // a copy of a database it was deployed to (BareEngine.onCopyOf)
    }
    Authorization start = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    start.setGroupId(FullCase.SOCIAL_SERVICES);
    start.setResource(Resources.PROCESS_DEFINITION);
    start.setResourceId(KEY);
    start.addPermission(Permissions.READ);
    start.addPermission(ProcessDefinitionPermissions.CREATE_INSTANCE);
    authorizations.saveAuthorization(start);
  }

  @Override
  void open() {
    as(FullCase.SOCIAL_WORKER, FullCase.SOCIAL_SERVICES, () -> step("trivial: start", () -> instanceId = engine
        .getRuntimeService().startProcessInstanceByKey(KEY, Variables.createVariables()
            .putValue("municipalityCode", "0180")
            .putValue("caseNumber", String.format("BT-2099-%05d", NUMBERS.incrementAndGet() % 100_000)))
        .getId()));
  }

  @Override
  boolean readyToFinish() {
    return true;
  }

  @Override
  void finish() {
    as(FullCase.SOCIAL_WORKER, FullCase.SOCIAL_SERVICES,
        () -> step("trivial: task completed (instance ends)",
            () -> complete(instanceId, "UserTask_Trivial", Map.of("benchAnswer", "yes"))));
  }

  @Override
  String rootInstanceId() {
    return instanceId;
  }
}
