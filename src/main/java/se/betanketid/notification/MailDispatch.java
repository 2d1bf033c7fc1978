package se.betanketid.notification;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Renders one mail for one recipient and sends it, from a {@link MailJob}. A failure (SMTP down) is thrown without
 * the SMTP server's text ({@link MailNotSentException}) and fails the job's try; each send's outcome feeds the mail
 * health ({@link MailHealth}).
 */
@Component
class MailDispatch {

  private final Recipients recipients;
  private final MailContent content;
  private final MailTemplates templates;
  private final JavaMailSender mailSender;
  private final MailHealth health;
  private final String from;

  MailDispatch(Recipients recipients, MailContent content, MailTemplates templates, JavaMailSender mailSender,
      MailHealth health, @Value("${betanketid.mail-from}") String from) {
    this.recipients = recipients;
    this.content = content;
    this.templates = templates;
    this.mailSender = mailSender;
    this.health = health;
    this.from = from;
  }

  void send(Notification notification, String recipientId) {
    String address = recipients.emailOf(recipientId);
    if (address == null) {
      throw new IllegalStateException("User " + recipientId + " has no e-mail address (any more): add one "
          + "in Admin and set the job's retries again");
    }
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
