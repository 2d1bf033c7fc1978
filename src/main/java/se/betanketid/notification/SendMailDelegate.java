package se.betanketid.notification;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * "Skicka e-post" ({@code ServiceTask_SendMail} in MailNotificationProcess): renders the mail for one
 * recipient and sends it. Runs as an asynchronous job; a failure (SMTP down) is retried with back-off and
 * ends as an incident that Cockpit can retry. Each send's outcome feeds the mail health ({@link MailHealth}); a
 * failure is thrown without the SMTP server's text ({@link MailNotSentException}).
 */
@Component
class SendMailDelegate implements JavaDelegate {

  private final Recipients recipients;
  private final MailContent content;
  private final MailTemplates templates;
  private final JavaMailSender mailSender;
  private final MailHealth health;
  private final String from;

  SendMailDelegate(Recipients recipients, MailContent content, MailTemplates templates,
      JavaMailSender mailSender, MailHealth health, @Value("${betanketid.mail-from}") String from) {
    this.recipients = recipients;
    this.content = content;
    this.templates = templates;
    this.mailSender = mailSender;
    this.health = health;
    this.from = from;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String recipientId = (String) execution.getVariable(MailNotificationProcess.RECIPIENT);
    String address = recipients.emailOf(recipientId);
    if (address == null) {
      throw new IllegalStateException("User " + recipientId + " has no e-mail address (any more): add one "
          + "in Admin and retry the job in Cockpit");
    }
    Notification notification = Notification.from(execution);
    Recipients.Links links = recipients.linksFor(recipientId);
    MailTemplates.RenderedMail mail = templates.render(notification.kind(), content.model(notification,
        links.cockpit(), notification.kind().toTaskHolder() || links.tasks()));
    SimpleMailMessage message = new SimpleMailMessage();
    message.setFrom(from);
    message.setTo(address);
    message.setSubject(mail.subject());
    message.setText(mail.body());
    try {
      mailSender.send(message);
    } catch (MailException notSent) {
      MailNotSentException failure = new MailNotSentException(notSent);
      health.failed(failure.failure());
      throw failure;
    }
    health.sent();
  }
}
