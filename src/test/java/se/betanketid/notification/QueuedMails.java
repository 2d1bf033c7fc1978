package se.betanketid.notification;

import java.util.Comparator;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.runtime.Job;

/** The mails queued as {@link MailJob}s and not sent yet, for the tests of every package. */
public final class QueuedMails {

  private QueuedMails() {}

  /** One queued mail: its job, what it says and to whom, and its payload as stored. */
  public record Queued(Job job, Notification notification, String recipientId, String payload) {
    public String kind() {
      return notification.kind().name();
    }
  }

  /** The case's queued mails, oldest first. */
  public static List<Queued> of(ManagementService management, String caseNumber) {
    return all(management).stream().filter(mail -> caseNumber.equals(mail.notification().caseNumber())).toList();
  }

  public static List<Queued> all(ManagementService management) {
    return management.createJobQuery().messages().list().stream()
        .map(JobEntity.class::cast)
        .filter(job -> MailJob.NAME.equals(job.getJobHandlerType()))
        .sorted(Comparator.comparing(JobEntity::getCreateTime))
        .map(job -> {
          MailJob.Mail mail = MailJob.read(job.getJobHandlerConfigurationRaw());
          return new Queued(job, mail.notification(), mail.recipientId(), job.getJobHandlerConfigurationRaw());
        })
        .toList();
  }
}
