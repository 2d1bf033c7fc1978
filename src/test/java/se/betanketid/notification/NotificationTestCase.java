package se.betanketid.notification;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.junit.jupiter.api.BeforeEach;
import se.betanketid.CaseFixtures;
import se.betanketid.ProcessTestCase;
import se.betanketid.casefile.CaseVariables;

/**
 * Base of the notification tests: the test processes and users ({@link NotificationTestSetup}), GreenMail
 * running, and helpers to find and deliver the mails of one case.
 */
abstract class NotificationTestCase extends ProcessTestCase {

  private static final AtomicInteger CASES = new AtomicInteger((int) (System.nanoTime() % 50_000));

  @BeforeEach
  void prepareNotificationTests() {
    NotificationTestSetup.ensure(repositoryService, identityService);
    TestMailServer.start();
  }

  /** Starts a test process for a new case in Luleå (2580, region nord) with the test person on it. */
  ProcessInstance startCase(String processKey, Map<String, Object> extra) {
    String caseNumber = String.format("BT-2099-%05d", CASES.incrementAndGet() % 100_000);
    VariableMap variables = CaseFixtures.socialServicesCase().withChild("none_known").variables();
    variables.put(CaseVariables.CASE_NUMBER, caseNumber);
    variables.put(CaseVariables.MUNICIPALITY_CODE, NotificationTestSetup.MUNICIPALITY);
    variables.put(CaseVariables.POLICE_REGION, NotificationTestSetup.REGION);
    variables.putAll(extra);
    return runtimeService.startProcessInstanceByKey(processKey, caseNumber, variables);
  }

  static String caseNumberOf(ProcessInstance instance) {
    return instance.getBusinessKey();
  }

  /** The mails queued for a case and not sent yet. */
  List<QueuedMails.Queued> queuedMails(String caseNumber) {
    return QueuedMails.of(managementService, caseNumber);
  }

  List<Job> mailJobs(String caseNumber) {
    return queuedMails(caseNumber).stream().map(QueuedMails.Queued::job).toList();
  }

  /** Runs the send jobs of the case's queued mails, as the job executor would, and returns its mails. */
  List<MimeMessage> deliver(String caseNumber) {
    mailJobs(caseNumber).forEach(job -> managementService.executeJob(job.getId()));
    return received(caseNumber);
  }

  /** The mails received for a case (its number is in every subject). */
  static List<MimeMessage> received(String caseNumber) {
    return TestMailServer.received().stream().filter(mail -> subjectOf(mail).contains(caseNumber)).toList();
  }

  static String subjectOf(MimeMessage mail) {
    try {
      return mail.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  static String bodyOf(MimeMessage mail) {
    try {
      return mail.getContent().toString();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static Set<String> recipientsOf(List<MimeMessage> mails) {
    Set<String> to = new TreeSet<>();
    for (MimeMessage mail : mails) {
      try {
        for (Address address : mail.getAllRecipients()) {
          to.add(address.toString());
        }
      } catch (MessagingException e) {
        throw new IllegalStateException(e);
      }
    }
    return to;
  }
}
