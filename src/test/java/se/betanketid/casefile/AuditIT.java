package se.betanketid.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import se.betanketid.ProcessTestCase;

/** Who completed which task and changed which variable is in Camunda's user operation log. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditIT extends ProcessTestCase {

  @BeforeAll
  void deployTestProcess() {
    TestProcessDeployment.deploy(processEngine);
  }

  @Test
  void completionsAndVariableChangesAreLoggedWithTheUser() {
    String id = rest("sara").post(TestProcessDeployment.SUBMIT, CaseOpeningIT.form(Map.of())).json()
        .get("id").asText();
    Task task = taskService.createTaskQuery().processInstanceId(id).singleResult();

    assertThat(rest("sara").post("/engine-rest/task/" + task.getId() + "/variables",
        Map.of("modifications", Map.of("note", Map.of("value", "ringt", "type", "String")))).status())
        .isEqualTo(204);
    assertThat(rest("sara").post("/engine-rest/task/" + task.getId() + "/submit-form", Map.of("variables",
        Map.of("decisionResult", Map.of("value", "granted", "type", "String")))).status()).isEqualTo(204);

    assertThat(historyService.createUserOperationLogQuery().taskId(task.getId()).list())
        .extracting(UserOperationLogEntry::getUserId, UserOperationLogEntry::getOperationType)
        .contains(org.assertj.core.groups.Tuple.tuple("sara", UserOperationLogEntry.OPERATION_TYPE_COMPLETE),
            org.assertj.core.groups.Tuple.tuple("sara", UserOperationLogEntry.OPERATION_TYPE_MODIFY_VARIABLE));
    assertThat(historyService.createUserOperationLogQuery().processInstanceId(id)
        .operationType(UserOperationLogEntry.OPERATION_TYPE_CREATE).userId("sara").count()).isPositive();
  }
}
