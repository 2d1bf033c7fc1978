package se.betanketid.child;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.spin.Spin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.betanketid.CaseFixtures;
import se.betanketid.ProcessTestCase;
import se.betanketid.calendar.EngineTime;

/**
 * Shared setup of the child tests: a fixed engine clock (Monday 2 March 2026, 10:00 Swedish time), unique case
 * numbers, the test-only parent with the contract fragment, and starters for a child or a case with children.
 */
abstract class ChildTestSupport extends ProcessTestCase {

  static final String PARENT_KEY = "ChildrenFragmentTestProcess";
  static final LocalDateTime MONDAY_MORNING = LocalDateTime.of(2026, 3, 2, 10, 0);
  private static final AtomicInteger CASES = new AtomicInteger((int) (System.nanoTime() % 40_000));
  private static final Queue<String> PARENTS = new ConcurrentLinkedQueue<>();

  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  void fixClockAndDeployParent() {
    setClock(MONDAY_MORNING);
    if (repositoryService.createProcessDefinitionQuery().processDefinitionKey(PARENT_KEY).count() == 0) {
      repositoryService.createDeployment().name("child-tests")
          .addClasspathResource("child/" + PARENT_KEY + ".bpmn").deploy();
    }
  }

  /**
   * A child's escalation gives its case a register row; the test-only parent stands in for a case's route but is
   * none, so its row would stay without a case's history and trouble the tests that check the register after these.
   */
  @AfterEach
  void forgetTheParentsRows() {
    for (String parent = PARENTS.poll(); parent != null; parent = PARENTS.poll()) {
      jdbc.update("DELETE FROM case_file WHERE process_instance_id = ?", parent);
    }
  }

  static void setClock(LocalDateTime swedishTime) {
    ClockUtil.setCurrentTime(at(swedishTime));
  }

  static Date at(LocalDateTime swedishTime) {
    return Date.from(swedishTime.atZone(EngineTime.SWEDEN).toInstant());
  }

  /** Case numbers of a year no real case has, so that no other test's case shares a business key. */
  static String newCaseNumber() {
    return String.format("BT-2099-%05d", CASES.incrementAndGet());
  }

  /** One AccompanyingChildProcess started on its own, with what the parent's call activity passes in. */
  static ProcessInstance startChild(String coverage) {
    String caseNumber = newCaseNumber();
    SerializableValue children = CaseFixtures.socialServicesCase().withChild(coverage).variables()
        .getValueTyped("children");
    VariableMap variables = Variables.createVariables()
        .putValue(ChildProcess.CHILD, Spin.JSON(children.getValueSerialized()).elements().get(0))
        .putValue("caseNumber", caseNumber).putValue("municipalityCode", "0180")
        .putValue("policeRegion", "stockholm").putValue("applicantType", "SOCIAL_SERVICES");
    return runtimeService().startProcessInstanceByKey(ChildProcess.KEY, caseNumber, variables);
  }

  /** The test parent holding the contract fragment, with the children of the fixture. */
  static ProcessInstance startCase(CaseFixtures fixture) {
    String caseNumber = newCaseNumber();
    ProcessInstance parent = runtimeService().startProcessInstanceByKey(PARENT_KEY, caseNumber,
        caseOf(caseNumber, fixture));
    PARENTS.add(parent.getId());
    return parent;
  }

  private static VariableMap caseOf(String caseNumber, CaseFixtures fixture) {
    VariableMap variables = fixture.variables();
    variables.put("caseNumber", caseNumber);
    variables.put("policeRegion", "stockholm");
    variables.put("applicantType", "SOCIAL_SERVICES");
    return variables;
  }

  static List<ProcessInstance> childrenOf(ProcessInstance parent) {
    return runtimeService().createProcessInstanceQuery().processDefinitionKey(ChildProcess.KEY)
        .processInstanceBusinessKey(parent.getBusinessKey()).list();
  }

  /** The protection assessment's values, the report of concern on the given day (also the assessment's). */
  static Map<String, Object> protectionAssessment(String concernReportDate) {
    return withVariables("concernReportDate", concernReportDate, "protectionAssessmentDate", concernReportDate,
        "immediateProtectionNeeded", false, "protectionAssessment", "Barnet bor med mamman, inga akuta risker.");
  }

  static Map<String, Object> protectionAssessment() {
    return protectionAssessment("2026-03-02");
  }

  /** The initial assessment's values: its outcome on the given day, the child not found a presumed victim. */
  static Map<String, Object> initialAssessment(String outcome, String date) {
    return withVariables("initialAssessmentDate", date, "initialAssessmentOutcome", outcome,
        "barnahusReferral", false, "childPresumedVictim", false);
  }

  static Map<String, Object> investigation() {
    return withVariables("childInvestigationCompletedDate", "2026-03-02", "childInvestigationOutcome", "support");
  }

  /** Protection assessment and initial assessment done on the engine's Monday: the investigation is open. */
  static void openInvestigation(ProcessInstance child) {
    complete(task(ChildProcess.ASSESS_CHILD_PROTECTION, child), protectionAssessment());
    complete(task(ChildProcess.MAKE_INITIAL_ASSESSMENT, child),
        initialAssessment(ChildProcess.OPEN_INVESTIGATION, "2026-03-02"));
  }

  /** How often an activity ran in one process instance (from history). */
  long timesPassed(ProcessInstance instance, String activityId) {
    return historyService.createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
        .activityId(activityId).finished().count();
  }

  /** The escalationKind input of every run of a service task, from history. */
  List<Object> escalationKinds(ProcessInstance instance, String activityId) {
    List<String> runs = historyService.createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
        .activityId(activityId).list().stream().map(HistoricActivityInstance::getId).toList();
    return historyService.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
        .variableName("escalationKind").list().stream()
        .filter(variable -> runs.contains(variable.getActivityInstanceId()))
        .map(HistoricVariableInstance::getValue).toList();
  }

  /** Moves the clock to {@code swedishTime}, runs the timer's job, and answers what the escalation task sent. */
  List<Object> escalationKindsWhenDue(ProcessInstance instance, String timerId, LocalDateTime swedishTime,
      String escalationTask) {
    setClock(swedishTime);
    execute(job(timerId, instance));
    return escalationKinds(instance, escalationTask);
  }
}
