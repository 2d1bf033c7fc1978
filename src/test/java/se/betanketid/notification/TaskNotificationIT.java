package se.betanketid.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static se.betanketid.notification.NotificationTestSetup.address;

import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/** New group tasks and assignments: who is told, and what the mail says. */
class TaskNotificationIT extends NotificationTestCase {

  @Test
  void aNewGroupTaskIsMailedToEveryGroupMemberWithAnAddress() throws Exception {
    ProcessInstance instance = startCase(NotificationTestSetup.TEST_PROCESS, Map.of());
    String caseNumber = caseNumberOf(instance);
    Task task = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();

    assertThat(received(caseNumber)).as("nothing before the job runs").isEmpty();
    List<MimeMessage> mails = deliver(caseNumber);

    assertThat(recipientsOf(mails)).containsExactly(address("ntsw1"), address("ntsw2"));
    MimeMessage mail = mails.get(0);
    assertThat(mail.getFrom()[0].toString()).isEqualTo("betanketid@localhost");
    assertThat(subjectOf(mail)).isEqualTo("Ny uppgift: Granska ärendet – " + caseNumber);
    assertThat(bodyOf(mail))
        .contains("Uppgift: Granska ärendet – " + caseNumber)
        .contains("Ärende: " + caseNumber)
        .contains("Ska vara klar: " + MailContent.swedish(task.getDueDate()))
        .contains("http://localhost:8080/camunda/app/tasklist/default/#/?task=" + task.getId());
    assertThat(queuedMails(caseNumber)).as("a sent mail's job is done").isEmpty();
  }

  @Test
  void aTaskAssignedBySomeoneElseIsMailedToTheAssignee() {
    ProcessInstance instance = startCase(NotificationTestSetup.TEST_PROCESS, Map.of());
    String caseNumber = caseNumberOf(instance);
    deliver(caseNumber);
    Task task = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();

    identityService.setAuthentication("admin", List.of("camunda-admin"));
    taskService.setAssignee(task.getId(), "ntsw2");
    identityService.clearAuthentication();

    List<MimeMessage> assigned = deliver(caseNumber).stream()
        .filter(mail -> subjectOf(mail).startsWith("Tilldelad uppgift:")).toList();
    assertThat(recipientsOf(assigned)).containsExactly(address("ntsw2"));
    assertThat(subjectOf(assigned.get(0))).isEqualTo("Tilldelad uppgift: Granska ärendet – " + caseNumber);
    assertThat(bodyOf(assigned.get(0))).contains("Du har fått en uppgift").contains("#/?task=" + task.getId());
  }

  @Test
  void claimingATaskYourselfSendsNothing() {
    ProcessInstance instance = startCase(NotificationTestSetup.TEST_PROCESS, Map.of());
    String caseNumber = caseNumberOf(instance);
    deliver(caseNumber);
    Task task = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();

    identityService.setAuthentication("ntsw1", List.of(NotificationTestSetup.SOCIAL_WORKERS));
    taskService.claim(task.getId(), "ntsw1");
    identityService.clearAuthentication();

    assertThat(queuedMails(caseNumber)).isEmpty();
  }

  @Test
  void aTaskAssignedInTheProcessIsMailedToItsAssigneeOnly() {
    ProcessInstance instance = startCase(NotificationTestSetup.TEST_PROCESS, Map.of("followUpBy", "ntother"));
    String caseNumber = caseNumberOf(instance);
    deliver(caseNumber);
    TestMailServer.takeAll();
    Task review = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();

    taskService.complete(review.getId());

    List<MimeMessage> mails = deliver(caseNumber);
    assertThat(mails).as("no new-task mail to the group").hasSize(1);
    assertThat(recipientsOf(mails)).containsExactly(address("ntother"));
    assertThat(subjectOf(mails.get(0))).isEqualTo("Tilldelad uppgift: Följ upp ärendet – " + caseNumber);
  }
}
