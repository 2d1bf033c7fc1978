package se.betanketid.child;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;

import java.time.LocalDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import se.betanketid.IntegrationTest;
import se.betanketid.calendar.EngineTime;

/**
 * Shared setup of the child tests: the application context on the test profile, a fixed engine clock (Monday
 * 2 March 2026, 10:00 Swedish time), unique case numbers, and builders for children and cases.
 */
@IntegrationTest
abstract class ChildTestSupport {

  static final String PARENT_KEY = "ChildrenFragmentTestProcess";
  static final String MUNICIPALITY = "0180";
  static final LocalDateTime MONDAY_MORNING = LocalDateTime.of(2026, 3, 2, 10, 0);
  private static final AtomicInteger CASES = new AtomicInteger((int) (System.nanoTime() % 40_000));

  @Autowired ProcessEngine engine;
  @Autowired RepositoryService repository;
  @Autowired HistoryService history;

  @BeforeEach
  void initEngine() {
    BpmnAwareTests.init(engine);
    setClock(MONDAY_MORNING);
    if (repository.createProcessDefinitionQuery().processDefinitionKey(PARENT_KEY).count() == 0) {
      repository.createDeployment().name("child tests")
          .addClasspathResource("child/" + PARENT_KEY + ".bpmn").deploy();
    }
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
    engine.getIdentityService().clearAuthentication();
  }

  static void setClock(LocalDateTime swedishTime) {
    ClockUtil.setCurrentTime(Date.from(swedishTime.atZone(EngineTime.SWEDEN).toInstant()));
  }

  static Date at(LocalDateTime swedishTime) {
    return Date.from(swedishTime.atZone(EngineTime.SWEDEN).toInstant());
  }

  static String newCaseNumber() {
    return String.format("BT-2099-%05d", CASES.incrementAndGet());
  }

  static SpinJsonNode child(String name, String coverage) {
    return Spin.JSON(Map.of("childName", name, "childBirthDate", "2019-04-01",
        "childCitizenship", "Rumänien", "childCoverage", coverage));
  }

  static SpinJsonNode children(SpinJsonNode... children) {
    SpinJsonNode list = Spin.JSON("[]");
    for (SpinJsonNode child : children) {
      list.append(child);
    }
    return list;
  }

  /** One AccompanyingChildProcess started on its own, as the parent's call activity would. */
  static ProcessInstance startChild(String coverage) {
    String caseNumber = newCaseNumber();
    Map<String, Object> variables = caseVariables(caseNumber);
    variables.put(ChildProcess.CHILD, child("Ana", coverage));
    return runtimeService().startProcessInstanceByKey(ChildProcess.KEY, caseNumber, variables);
  }

  /** The test parent holding the contract fragment, with these children. */
  static ProcessInstance startCase(SpinJsonNode children) {
    String caseNumber = newCaseNumber();
    Map<String, Object> variables = caseVariables(caseNumber);
    variables.put("children", children);
    return runtimeService().startProcessInstanceByKey(PARENT_KEY, caseNumber, variables);
  }

  static Map<String, Object> caseVariables(String caseNumber) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("caseNumber", caseNumber);
    variables.put("municipalityCode", MUNICIPALITY);
    variables.put("policeRegion", "stockholm");
    return variables;
  }

  static List<ProcessInstance> childrenOf(ProcessInstance parent) {
    return runtimeService().createProcessInstanceQuery().processDefinitionKey(ChildProcess.KEY)
        .processInstanceBusinessKey(parent.getBusinessKey()).list();
  }

  /** How often an activity ran in one process instance (from history). */
  long timesPassed(ProcessInstance instance, String activityId) {
    return history.createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
        .activityId(activityId).finished().count();
  }

  /** The escalationKind input of every finished run of a service task, from history. */
  List<Object> escalationKinds(ProcessInstance instance, String activityId) {
    List<String> runs = history.createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
        .activityId(activityId).list().stream().map(HistoricActivityInstance::getId).toList();
    return history.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
        .variableName("escalationKind").list().stream()
        .filter(variable -> runs.contains(variable.getActivityInstanceId()))
        .map(variable -> variable.getValue()).toList();
  }
}
