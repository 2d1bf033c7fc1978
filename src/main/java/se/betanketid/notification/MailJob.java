package se.betanketid.notification;

import com.fasterxml.jackson.annotation.JsonInclude.Include;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import se.betanketid.engine.EngineHook;
import se.betanketid.engine.EngineHooks;
import se.betanketid.engine.Hook;
import se.betanketid.engine.JobType;
import se.betanketid.engine.Jobs;

/**
 * An e-mail to one recipient, as a job of its own: queued in the transaction that caused it, so it is sent only after
 * that commits (none if it rolls back); retried after 1, 5 and 15 minutes, 1 and 4 hours while SMTP is down (six tries
 * in all), then an incident whose retry sends it once. One job a recipient, so a retry never mails the others twice.
 * Its payload is the {@link Notification} (its fields with a value) and the recipient's user id as JSON: no personal
 * data.
 */
@Component
class MailJob implements EngineHook, JobType {

  static final String NAME = "betanketid-mail";
  static final String RETRY_CYCLE = "PT1M,PT5M,PT15M,PT1H,PT4H";
  private static final ObjectMapper JSON = new ObjectMapper().setSerializationInclusion(Include.NON_NULL);

  /** What a mail job holds. */
  record Mail(Notification notification, String recipientId) {}

  private final ObjectProvider<MailDispatch> dispatch;

  /** The dispatch when the first mail goes: it needs the engine, which is being built with this hook. */
  MailJob(ObjectProvider<MailDispatch> dispatch) {
    this.dispatch = dispatch;
  }

  @Override
  public void addTo(EngineHooks engine) {
    engine.jobType(Hook.MAIL_JOBS, this);
  }

  @Override
  public String name() {
    return NAME;
  }

  /** Filed under "E-postavisering": Cockpit counts and lists a mail's incident there; only administrators see it. */
  @Override
  public String processKey() {
    return MailNotificationProcess.KEY;
  }

  @Override
  public String retryCycle() {
    return RETRY_CYCLE;
  }

  @Override
  public void run(String payload) {
    Mail mail = read(payload);
    dispatch.getObject().send(mail.notification(), mail.recipientId());
  }

  /** Queues the mail to this recipient in the running engine command. */
  void queue(Notification notification, String recipientId) {
    try {
      Jobs.queue(this, JSON.writeValueAsString(new Mail(notification, recipientId)));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A notification that cannot be written as JSON: " + notification.kind(), e);
    }
  }

  static Mail read(String payload) {
    try {
      return JSON.readValue(payload, Mail.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Not a mail job's payload", e);
    }
  }
}
