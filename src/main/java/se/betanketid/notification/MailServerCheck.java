package se.betanketid.notification;

import jakarta.mail.MessagingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * At start, tries the SMTP server once. When none answers it says so in ONE warning; the mails are not
 * lost: they wait in the engine as jobs, retried with back-off, and end as incidents in Cockpit.
 */
@Component
class MailServerCheck {

  private static final Logger LOG = LoggerFactory.getLogger(MailServerCheck.class);

  private final JavaMailSender mailSender;
  private final boolean enabled;

  MailServerCheck(JavaMailSender mailSender, @Value("${betanketid.mail.check-at-start:true}") boolean enabled) {
    this.mailSender = mailSender;
    this.enabled = enabled;
  }

  @EventListener(ApplicationReadyEvent.class)
  public void checkAtStart() {
    if (enabled && mailSender instanceof JavaMailSenderImpl smtp) {
      check(smtp);
    }
  }

  /** True when the server answers; otherwise logs one warning. */
  static boolean check(JavaMailSenderImpl smtp) {
    try {
      smtp.testConnection();
      LOG.info("SMTP server {}:{} answers; e-mail notifications are on", smtp.getHost(), smtp.getPort());
      return true;
    } catch (MessagingException e) {
      LOG.warn("No SMTP server answers at {}:{} ({}). E-mail notifications wait in the engine and are retried "
          + "(after 1 and 5 minutes, ...), then show as incidents in Cockpit. Start one: see "
          + "docs/notifications.md, or set SMTP_HOST and SMTP_PORT.", smtp.getHost(), smtp.getPort(),
          e.getClass().getSimpleName());
      return false;
    }
  }
}
