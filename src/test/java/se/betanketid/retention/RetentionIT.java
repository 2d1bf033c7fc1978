package se.betanketid.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import se.betanketid.CaseFixtures;
import se.betanketid.ProcessTestCase;
import se.betanketid.casefile.TestProcessDeployment;
import se.betanketid.register.RegisterCheck;

/** A closed case's personal data is gone after history cleanup once its time-to-live has passed. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RetentionIT extends ProcessTestCase {

  @Autowired RetentionPolicy retention;
  @Autowired List<RetentionSweep> sweeps;
  @Autowired RegisterCheck register;

  @BeforeAll
  void deployTestProcess() {
    TestProcessDeployment.deploy(processEngine);
  }

  @Test
  void everyDeployedRouteHasTheConfiguredRetention() {
    repositoryService.createProcessDefinitionQuery().latestVersion().list().stream()
        .filter(definition -> definition.getResourceName().startsWith("bpmn/"))
        .forEach(definition -> assertThat(definition.getHistoryTimeToLive())
            .as(definition.getKey()).isEqualTo(retention.daysFor(definition.getKey())));
  }

  @Test
  void cleanupRemovesClosedCasesPastTheirTimeToLiveAndLeavesOpenOnes() {
    ProcessInstance closed = start();
    taskService.complete(taskService.createTaskQuery().processInstanceId(closed.getId()).singleResult().getId(),
        java.util.Map.of("decisionResult", "granted"));
    ProcessInstance open = start();

    ClockUtil.setCurrentTime(new Date(System.currentTimeMillis() + 2L * 24 * 3600 * 1000)); // TTL is P1D
    cleanUp(closed.getId());

    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(closed.getId()).count())
        .isZero();
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(closed.getId()).count())
        .isZero();
    assertThat(historyService.createHistoricTaskInstanceQuery().processInstanceId(closed.getId()).count())
        .isZero();
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(open.getId())
        .variableName("personName").singleResult().getValue()).isEqualTo(CaseFixtures.PERSON_NAME);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(open.getId()).count()).isOne();

    // The cleanup removed every history past its time in the shared test database, other tests' closed cases of
    // past years too; our sweeps follow it as in production, and the register agrees with the engine again.
    sweeps.forEach(RetentionSweep::sweep);
    assertThat(register.differences()).isEmpty();
  }

  private ProcessInstance start() {
    return runtimeService.startProcessInstanceByKey(TestProcessDeployment.KEY, org.camunda.bpm.engine.variable
        .Variables.createVariables().putValue("personName", CaseFixtures.PERSON_NAME)
        .putValue("personBirthDate", CaseFixtures.PERSON_BIRTH_DATE).putValue("municipalityCode", "0180")
        .putValue("exploitationForms", org.camunda.spin.plugin.variable.SpinValues.jsonValue("[\"labour\"]")
            .create()));
  }

  /** Runs the cleanup job until the closed case is gone (it removes at most a batch per run). */
  private void cleanUp(String closedId) {
    for (int run = 0; run < 20; run++) {
      Job job = historyService.cleanUpHistoryAsync(true);
      managementService.executeJob(job.getId());
      if (historyService.createHistoricProcessInstanceQuery().processInstanceId(closedId).count() == 0) {
        return;
      }
    }
  }
}
