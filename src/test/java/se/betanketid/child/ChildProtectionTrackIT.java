package se.betanketid.child;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static se.betanketid.child.ChildProcess.ASSESS_CHILD_PROTECTION;
import static se.betanketid.child.ChildProcess.CHILDS_OWN_APPLICATION_OPENED;
import static se.betanketid.child.ChildProcess.COMPLETE_CHILD_INVESTIGATION;
import static se.betanketid.child.ChildProcess.ESCALATE_INITIAL_ASSESSMENT;
import static se.betanketid.child.ChildProcess.INITIAL_ASSESSMENT_OVERDUE_TIMER;
import static se.betanketid.child.ChildProcess.MAKE_INITIAL_ASSESSMENT;
import static se.betanketid.child.ChildProcess.NO_CHILD_INVESTIGATION;
import static se.betanketid.child.ChildProcess.NO_INVESTIGATION;
import static se.betanketid.child.ChildProcess.OPEN_CHILDS_OWN_APPLICATION;
import static se.betanketid.child.ChildProcess.OPEN_INVESTIGATION;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import se.betanketid.CaseFixtures;
import se.betanketid.application.SocialServicesApplication;

/**
 * The social services' protection track of every child (SoL 11 kap. 1 a §, 2 §) after the protection assessment:
 * the initial assessment's 14 days from the report of concern, its outcomes, and the child who is itself a
 * presumed victim getting its own case, linked to the guardian's.
 */
class ChildProtectionTrackIT extends ChildTestSupport {

  @Test
  void initialAssessmentIsDueFourteenDaysAfterTheReportOfConcernAndEscalatedWhenLate() {
    ProcessInstance child = startChild("swedish_citizen");
    complete(task(ASSESS_CHILD_PROTECTION, child), protectionAssessment("2026-02-27"));

    LocalDateTime due = LocalDateTime.of(2026, 3, 13, 8, 0);
    assertThat(task(MAKE_INITIAL_ASSESSMENT, child)).hasDueDate(at(due));
    Assertions.assertThat(job(INITIAL_ASSESSMENT_OVERDUE_TIMER, child).getDuedate()).isEqualTo(at(due));

    Assertions.assertThat(escalationKindsWhenDue(child, INITIAL_ASSESSMENT_OVERDUE_TIMER, due.plusMinutes(1),
        ESCALATE_INITIAL_ASSESSMENT))
        .containsExactly("INITIAL_ASSESSMENT_OVERDUE");
    assertThat(child).isWaitingAtExactly(MAKE_INITIAL_ASSESSMENT);
  }

  @Test
  void noInvestigationEndsTheTrackAndKeepsTheBarnahusReferral() {
    ProcessInstance child = startChild("eu_right");
    complete(task(ASSESS_CHILD_PROTECTION, child), protectionAssessment());

    Map<String, Object> outcome = initialAssessment(NO_INVESTIGATION, "2026-03-02");
    outcome.put("barnahusReferral", true);
    complete(task(MAKE_INITIAL_ASSESSMENT, child), outcome);

    assertThat(child).isEnded().hasPassed(NO_CHILD_INVESTIGATION).hasNotPassed(COMPLETE_CHILD_INVESTIGATION);
    Assertions.assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(child.getId())
        .variableName("barnahusReferral").singleResult().getValue()).isEqualTo(true);
  }

  @Test
  void childFoundToBeAPresumedVictimGetsTheTaskToOpenItsOwnCase() {
    ProcessInstance child = startChild("own_permit");
    complete(task(ASSESS_CHILD_PROTECTION, child), protectionAssessment());
    Assertions.assertThat(taskQuery().taskDefinitionKey(OPEN_CHILDS_OWN_APPLICATION)
        .processInstanceId(child.getId()).count()).as("not before anyone found it a victim").isZero();

    Map<String, Object> outcome = initialAssessment(OPEN_INVESTIGATION, "2026-03-02");
    outcome.put("childPresumedVictim", true);
    complete(task(MAKE_INITIAL_ASSESSMENT, child), outcome);

    assertThat(child).isWaitingAtExactly(COMPLETE_CHILD_INVESTIGATION, OPEN_CHILDS_OWN_APPLICATION);
    assertThat(task(OPEN_CHILDS_OWN_APPLICATION, child))
        .hasName("Öppna barnets egen ansökan – " + child.getBusinessKey())
        .hasCandidateGroup("socialtjanst-0180").hasDueDate(at(LocalDateTime.of(2026, 3, 4, 10, 0)));
  }

  @Test
  void childRegisteredWithItsOwnApplicationGetsTheTaskAtOnceAndItsCaseIsLinked() {
    ProcessInstance child = startChild("own_application");

    assertThat(child).isWaitingAtExactly(ASSESS_CHILD_PROTECTION, OPEN_CHILDS_OWN_APPLICATION);
    assertThat(child).variables().containsEntry("childPresumedVictim", true)
        .containsEntry("ownApplicationAsked", true).containsEntry("coveredOnArrival", true);

    ProcessInstance childsCase = runtimeService.startProcessInstanceByKey(SocialServicesApplication.PROCESS_KEY,
        CaseFixtures.socialServicesCase().variables());
    complete(task(OPEN_CHILDS_OWN_APPLICATION, child),
        withVariables("childCaseNumber", childsCase.getBusinessKey()));

    assertThat(child).hasPassed(CHILDS_OWN_APPLICATION_OPENED)
        .variables().containsEntry("childCaseNumber", childsCase.getBusinessKey());
    Assertions.assertThat(runtimeService.getVariable(childsCase.getId(), "guardianCaseNumber"))
        .isEqualTo(child.getBusinessKey());

    complete(task(ASSESS_CHILD_PROTECTION, child), protectionAssessment());
    Map<String, Object> outcome = initialAssessment(NO_INVESTIGATION, "2026-03-02");
    outcome.put("childPresumedVictim", true);
    complete(task(MAKE_INITIAL_ASSESSMENT, child), outcome);
    assertThat(child).as("no second task to open the same child's case").isEnded();
    Assertions.assertThat(timesPassed(child, OPEN_CHILDS_OWN_APPLICATION)).isEqualTo(1);
  }

  @Test
  void aSocialWorkerLinksOnlyACaseSheMaySee() {
    ProcessInstance child = startChild("own_application");
    ProcessInstance elsewhere = runtimeService.startProcessInstanceByKey(SocialServicesApplication.PROCESS_KEY,
        CaseFixtures.socialServicesCase().with("municipalityCode", "1480").with("identityDocument", "pass 1480")
            .variables());
    ProcessInstance hers = runtimeService.startProcessInstanceByKey(SocialServicesApplication.PROCESS_KEY,
        CaseFixtures.socialServicesCase().with("identityDocument", "pass 0180").variables());
    String taskId = task(OPEN_CHILDS_OWN_APPLICATION, child).getId();

    identityService.setAuthentication("sara", List.of("socialtjanst-0180"));
    Throwable refused = Assertions.catchThrowable(() -> taskService.complete(taskId,
        withVariables("childCaseNumber", elsewhere.getBusinessKey())));
    Assertions.assertThat(refused).hasMessageContaining("det finns inget pågående ärende "
        + elsewhere.getBusinessKey() + " som du har tillgång till");
    taskService.complete(taskId, withVariables("childCaseNumber", hers.getBusinessKey()));
    identityService.clearAuthentication();

    Assertions.assertThat(runtimeService.getVariable(hers.getId(), "guardianCaseNumber"))
        .isEqualTo(child.getBusinessKey());
    Assertions.assertThat(runtimeService.getVariable(elsewhere.getId(), "guardianCaseNumber")).isNull();
  }
}
