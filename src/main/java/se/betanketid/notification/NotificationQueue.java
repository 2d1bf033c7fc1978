package se.betanketid.notification;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import se.betanketid.engine.Jobs;

/**
 * Queues e-mails in the caller's transaction: one {@link MailJob} per recipient, which runs only after the caller
 * commits. Recipients are resolved and the jobs queued without authorization checks: the user whose action caused the
 * mail (e.g. a social worker completing a task) may not read other users.
 */
@Service
public class NotificationQueue {

  private static final Logger LOG = LoggerFactory.getLogger(NotificationQueue.class);

  private final Recipients recipients;
  private final MailJob mails;
  private final Jobs jobs;

  NotificationQueue(Recipients recipients, MailJob mails, Jobs jobs) {
    this.recipients = recipients;
    this.mails = mails;
    this.jobs = jobs;
  }

  /** Queues the notification for the given users and the members of the given groups. */
  public void queue(Notification notification, Collection<String> userIds, Collection<String> groupIds) {
    jobs.inCommandWithoutAuthorization(() -> {
      Set<String> to = recipients.resolve(userIds, groupIds);
      to.forEach(recipient -> mails.queue(notification, recipient));
      if (to.isEmpty()) {
        LOG.warn("No recipient with an e-mail address for {} in case {} (groups {})", notification.kind(),
            notification.caseNumber(), groupIds);
      } else {
        LOG.debug("Queued {} for case {} to {} recipient(s)", notification.kind(), notification.caseNumber(),
            to.size());
      }
      return null;
    });
  }

  public void queueToGroups(Notification notification, Collection<String> groupIds) {
    queue(notification, List.of(), groupIds);
  }
}
