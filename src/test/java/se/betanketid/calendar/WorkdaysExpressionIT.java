package se.betanketid.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.betanketid.ProcessTestCase;

/** The calendar beans work where the processes use them: in due dates and timers of a deployed BPMN. */
class WorkdaysExpressionIT extends ProcessTestCase {

  static final String PROCESS = "WorkdaysExpressionProbe";

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
    deploymentId = repositoryService.createDeployment().name(PROCESS)
        .addModelInstance(PROCESS + ".bpmn", model).deploy().getId();
  }

  @AfterEach
  void deleteProbe() {
    repositoryService.deleteDeployment(deploymentId, true);
  }

  @Test
  void dueDatesAndTimersCountSwedishWorkingDaysFromTheEngineClock() {
    ClockUtil.setCurrentTime(at(2025, 4, 17, 10, 0)); // Maundy Thursday
    ProcessInstance instance = runtimeService.startProcessInstanceByKey(PROCESS, Map.of("validUntil", "2025-05-17"));

    Task task = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    assertThat(task.getDueDate()).isEqualTo(at(2025, 4, 23, 10, 0)); // Tue 22 and Wed 23 after Easter
    assertThat(task.getFollowUpDate()).isEqualTo(at(2025, 5, 10, 8, 0)); // 7 calendar days before, 08:00

    Job timer = managementService.createJobQuery().processInstanceId(instance.getId()).timers().singleResult();
    assertThat(timer.getDuedate()).isEqualTo(at(2025, 4, 24, 10, 0)); // 2 + 1 working days
  }

  private static Date at(int year, int month, int day, int hour, int minute) {
    return Date.from(LocalDateTime.of(year, month, day, hour, minute).atZone(EngineTime.SWEDEN).toInstant());
  }
}
