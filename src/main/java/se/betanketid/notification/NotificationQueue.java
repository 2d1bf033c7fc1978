package se.betanketid.notification;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Queues e-mails in the caller's transaction: one {@link MailNotificationProcess} instance per recipient,
 * whose asynchronous "Skicka e-post" job runs only after the caller commits. Recipients are resolved and
 * the instances started without authorization checks: the user whose action caused the mail (e.g. a
 * social worker completing a task) may neither read other users nor start the mail process.
 */
@Service
public class NotificationQueue {

  private static final Logger LOG = LoggerFactory.getLogger(NotificationQueue.class);

  private final RuntimeService runtime;
  private final Recipients recipients;
  private final CommandExecutor commands;

  NotificationQueue(RuntimeService runtime, Recipients recipients, ProcessEngineConfigurationImpl engine) {
    this.runtime = runtime;
    this.recipients = recipients;
    this.commands = engine.getCommandExecutorTxRequired();
  }

  /** Queues the notification for the given users and the members of the given groups. */
  public void queue(Notification notification, Collection<String> userIds, Collection<String> groupIds) {
    withoutAuthorization(() -> {
      Set<String> to = recipients.resolve(userIds, groupIds);
      for (String recipient : to) {
        runtime.startProcessInstanceByKey(MailNotificationProcess.KEY, notification.variables(recipient));
      }
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

  /** Runs in the current engine command (and transaction) if there is one, else in a new one. */
  private <T> T withoutAuthorization(Callable<T> work) {
    return commands.execute(context -> context.runWithoutAuthorization(work));
  }
}
