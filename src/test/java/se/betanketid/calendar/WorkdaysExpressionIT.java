package se.betanketid.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.betanketid.IntegrationTest;

/** The calendar beans work where the processes use them: in due dates and timers of a deployed BPMN. */
@IntegrationTest
class WorkdaysExpressionIT {

  static final String PROCESS = "WorkdaysExpressionProbe";

  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;

  private String deploymentId;

  @BeforeEach
  void deployProbe() {
    BpmnModelInstance model = Bpmn.createExecutableProcess(PROCESS).camundaHistoryTimeToLive(1)
        .startEvent()
        .userTask("UserTask_Probe")
          .camundaDueDate("${workdays.plus(2)}")
          .camundaFollowUpDate("${days.before(validUntil, deadlines.nextStepDueDaysBefore)}")
        .boundaryEvent("BoundaryEvent_Escalation").cancelActivity(false)
          .timerWithDate("${workdays.plus(deadlines.adviceEscalationWorkingDays + 1)}")
          .endEvent()
        .moveToActivity("UserTask_Probe").endEvent()
        .done();
    deploymentId = repository.createDeployment().name(PROCESS).addModelInstance(PROCESS + ".bpmn", model)
        .deploy().getId();
  }

  @AfterEach
  void cleanUp() {
    ClockUtil.reset();
    repository.deleteDeployment(deploymentId, true);
  }

  @Test
  void dueDatesAndTimersCountSwedishWorkingDaysFromTheEngineClock() {
    ClockUtil.setCurrentTime(at(2025, 4, 17, 10, 0)); // Maundy Thursday
    ProcessInstance instance = runtime.startProcessInstanceByKey(PROCESS, Map.of("validUntil", "2025-05-17"));

    Task task = tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    assertThat(task.getDueDate()).isEqualTo(at(2025, 4, 23, 10, 0)); // Tue 22 and Wed 23 after Easter
    assertThat(task.getFollowUpDate()).isEqualTo(at(2025, 5, 10, 8, 0)); // 7 calendar days before, 08:00

    Job timer = management.createJobQuery().processInstanceId(instance.getId()).timers().singleResult();
    assertThat(timer.getDuedate()).isEqualTo(at(2025, 4, 24, 10, 0)); // 2 + 1 working days
  }

  private static Date at(int year, int month, int day, int hour, int minute) {
    return Date.from(LocalDateTime.of(year, month, day, hour, minute).atZone(EngineTime.SWEDEN).toInstant());
  }
}
