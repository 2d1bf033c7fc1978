package se.betanketid.notification;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import se.betanketid.RestCalls;

/**
 * A social worker works tasks through the REST API with authorization on: the mails her actions cause
 * are queued although she may not start the mail process herself (the queue runs without her checks).
 */
class TaskCompletionThroughRestIT extends NotificationTestCase {

  @Test
  void aSocialWorkersCompletionQueuesTheNextTasksMail() {
    ProcessInstance instance = startCase(NotificationTestSetup.TEST_PROCESS,
        Map.of("municipalityCode", "0180", "policeRegion", "stockholm", "followUpBy", "maria"));
    String caseNumber = caseNumberOf(instance);
    assertThat(recipientsOf(deliver(caseNumber))).containsExactly("sara@betanketid.example");
    Task review = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    RestCalls sara = rest("sara");

    assertThat(sara.post("/engine-rest/task/" + review.getId() + "/claim", Map.of("userId", "sara")).status())
        .isEqualTo(204);
    assertThat(queuedMails(caseNumber)).as("no mail for claiming it herself").isEmpty();
    assertThat(sara.post("/engine-rest/task/" + review.getId() + "/complete", Map.of()).status())
        .isEqualTo(204);

    List<MimeMessage> mails = deliver(caseNumber).stream()
        .filter(mail -> subjectOf(mail).startsWith("Tilldelad uppgift:")).toList();
    assertThat(recipientsOf(mails)).containsExactly("maria@betanketid.example");
    assertThat(subjectOf(mails.get(0))).isEqualTo("Tilldelad uppgift: Följ upp ärendet – " + caseNumber);
  }

  @Test
  void aSocialWorkerCannotStartTheMailProcessHerself() {
    assertThat(rest("sara").post("/engine-rest/process-definition/key/" + MailNotificationProcess.KEY
        + "/start", Map.of()).status()).as("not hers to see or start").isIn(403, 404);
  }
}
