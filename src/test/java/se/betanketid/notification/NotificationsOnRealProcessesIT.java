package se.betanketid.notification;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import se.betanketid.CaseFixtures;
import se.betanketid.calendar.EngineTime;

/**
 * The mails of the real processes, with the fixtures' person and child on the case (every mail is also
 * checked by {@link PersonalDataScan}): Stockholm (0180) has sara (social worker), maria (manager) and kim
 * (coordinator, region stockholm).
 */
class NotificationsOnRealProcessesIT extends NotificationTestCase {

  static final String SOCIAL_SERVICES = "SocialServicesApplicationProcess";
  static final String FRAGMENT = "ChildrenFragmentTestProcess";

  @Test
  void aNewSocialServicesCaseWithAnUncoveredChildMailsTheRightPeople() {
    ProcessInstance route = runtimeService.startProcessInstanceByKey(SOCIAL_SERVICES,
        CaseFixtures.socialServicesCase().withChild("none_known").variables());
    String caseNumber = (String) runtimeService.getVariable(route.getId(), "caseNumber");

    List<MimeMessage> mails = deliver(caseNumber);

    assertThat(to(mails, "Barn utan uppehållsgrund i ärende " + caseNumber))
        .containsExactly("kim@betanketid.example", "maria@betanketid.example");
    for (MimeMessage alert : mails.stream()
        .filter(mail -> subjectOf(mail).startsWith("Barn utan uppehållsgrund")).toList()) {
      boolean manager = recipientsOf(List.of(alert)).contains("maria@betanketid.example");
      assertThat(bodyOf(alert).contains("/app/cockpit/default/#/process-instance/"))
          .as("a link to Cockpit only for the manager").isEqualTo(manager);
      assertThat(bodyOf(alert).contains("/app/tasklist/")).as("Tasklist for the coordinator").isEqualTo(!manager);
    }
    assertThat(mails.stream().filter(mail -> subjectOf(mail).startsWith("Ny uppgift:"))
        .map(NotificationTestCase::bodyOf)).as("task mails link to Tasklist only")
        .allMatch(body -> body.contains("#/?task=") && !body.contains("/app/cockpit/"));
    assertThat(to(mails, "Ny uppgift: Ge råd om ansökan – " + caseNumber))
        .containsExactly("kim@betanketid.example");
    assertThat(mails.stream().map(NotificationTestCase::subjectOf).filter(s -> s.startsWith("Ny uppgift:"))
        .filter(s -> !s.contains("Ge råd")).toList()).as("the child's tasks, to the social worker").isNotEmpty();
    assertThat(to(mails, "Ny uppgift:")).contains("sara@betanketid.example");
  }

  @Test
  void theAdviceReminderAndEscalationReachTheCoordinatorAndTheManager() {
    ProcessInstance route = runtimeService.startProcessInstanceByKey(SOCIAL_SERVICES,
        CaseFixtures.socialServicesCase().variables());
    String caseNumber = (String) runtimeService.getVariable(route.getId(), "caseNumber");
    deliver(caseNumber);
    TestMailServer.takeAll();

    fire(route, "BoundaryEvent_AdviceDue");
    assertThat(to(deliver(caseNumber), "Påminnelse: Ge råd om ansökan – " + caseNumber))
        .containsExactly("kim@betanketid.example");
    TestMailServer.takeAll();

    fire(route, "BoundaryEvent_AdviceOverdue");
    List<MimeMessage> escalation = deliver(caseNumber);
    assertThat(to(escalation, "Eskalering i ärende " + caseNumber + ": Regionkoordinatorns råd dröjer"))
        .as("the region's coordinators, who can act on it (betanketid.escalations.advice-overdue-to)")
        .containsExactly("kim@betanketid.example");
    assertThat(to(escalation, "Ny uppgift: Gå vidare utan råd – " + caseNumber))
        .as("the municipality's social workers are told they may go on without the advice")
        .containsExactly("sara@betanketid.example");
    escalation = escalation.stream().filter(mail -> subjectOf(mail).startsWith("Eskalering")).toList();
    assertThat(bodyOf(escalation.get(0))).as("a coordinator cannot open Cockpit")
        .contains("/app/tasklist/").contains("#/?task=").doesNotContain("/app/cockpit/");
    assertThat(runtimeService.getVariable(route.getId(), "lastEscalation").toString()).startsWith("ADVICE_OVERDUE ");
  }

  @Test
  void withoutConsentTheCoordinatorIsToldNothingAndTheManagerGetsWhatWouldHaveGoneToThem() {
    ProcessInstance route = runtimeService.startProcessInstanceByKey(SOCIAL_SERVICES,
        CaseFixtures.socialServicesCase().with("coordinatorConsent", false).withChild("none_known").variables());
    String caseNumber = (String) runtimeService.getVariable(route.getId(), "caseNumber");

    List<MimeMessage> mails = deliver(caseNumber);
    assertThat(to(mails, "Barn utan uppehållsgrund i ärende " + caseNumber))
        .containsExactly("maria@betanketid.example");
    assertThat(to(mails, "")).doesNotContain("kim@betanketid.example");

    String periodCase = "BT-2098-" + caseNumber.substring(caseNumber.lastIndexOf('-') + 1);
    ProcessInstance period = runtimeService.startProcessInstanceByKey("ReflectionPeriodProcess", periodCase,
        CaseFixtures.socialServicesCase().with("coordinatorConsent", false).variables()
            .putValue("caseNumber", periodCase).putValue("applicantType", "SOCIAL_SERVICES")
            .putValue("policeRegion", "stockholm").putValue("viaRegionalCoordinator", false)
            .putValue("applicationDate", EngineTime.today().toString()));
    deliver(periodCase);
    TestMailServer.takeAll();
    fire(period, "BoundaryEvent_DecisionOverdue");
    assertThat(to(deliver(periodCase), "Eskalering i ärende " + periodCase))
        .as("the decision's escalation, the coordinator's with consent").containsExactly("maria@betanketid.example");
  }

  @Test
  void whenTheGuardiansCaseEndsTheStillUncoveredChildIsAlertedAgainWithItsPlace() {
    if (repositoryService.createProcessDefinitionQuery().processDefinitionKey(FRAGMENT).count() == 0) {
      repositoryService.createDeployment().name("children fragment")
          .addClasspathResource("child/" + FRAGMENT + ".bpmn").deploy();
    }
    ProcessInstance parent = startCase(FRAGMENT, Map.of("children",
        CaseFixtures.socialServicesCase().withChild("none_known").variables().get("children")));
    String caseNumber = caseNumberOf(parent);
    deliver(caseNumber);
    TestMailServer.takeAll();

    taskService.complete(task(parent, "UserTask_RegisterDecision").getId(), Map.of("decisionResult", "rejected"));
    taskService.complete(task(parent, "UserTask_CloseCase").getId());

    List<MimeMessage> mails = deliver(caseNumber);
    List<MimeMessage> alerts = mails.stream()
        .filter(mail -> subjectOf(mail).equals("Barn saknar fortfarande uppehållsgrund i ärende " + caseNumber))
        .toList();
    assertThat(recipientsOf(alerts)).containsExactly(NotificationTestSetup.address("ntchef"),
        NotificationTestSetup.address("ntkoord"));
    assertThat(bodyOf(alerts.get(0))).contains("Vårdnadshavarens ärende " + caseNumber + " har avslutats, men "
        + "barn 1 av 1 saknar fortfarande uppehållsgrund");
  }

  private Task task(ProcessInstance instance, String key) {
    return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key).singleResult();
  }

  private void fire(ProcessInstance instance, String activityId) {
    Job timer = managementService.createJobQuery().processInstanceId(instance.getId()).activityId(activityId)
        .singleResult();
    ClockUtil.setCurrentTime(timer.getDuedate());
    managementService.executeJob(timer.getId());
  }

  private static java.util.Set<String> to(List<MimeMessage> mails, String subjectStart) {
    return recipientsOf(mails.stream().filter(mail -> subjectOf(mail).startsWith(subjectStart)).toList());
  }
}
