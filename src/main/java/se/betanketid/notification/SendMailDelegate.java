package se.betanketid.notification;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Skicka e-post" ({@code ServiceTask_SendMail}) of a {@link MailNotificationProcess} instance queued by an earlier
 * version, still waiting or with an incident after an upgrade: sends it as a {@link MailJob} would.
 */
@Component
class SendMailDelegate implements JavaDelegate {

  private final MailDispatch sender;

  SendMailDelegate(MailDispatch sender) {
    this.sender = sender;
  }

  @Override
  public void execute(DelegateExecution execution) {
    sender.send(Notification.from(execution), (String) execution.getVariable(MailNotificationProcess.RECIPIENT));
  }
}
