package se.betanketid.notification;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * "Larma om barn utan uppehållsgrund" ({@code ${notifyChildWithoutCoverage}}): in the routes, the service
 * task after {@code BoundaryEvent_ChildWithoutCoverage}; in AccompanyingChildProcess, "Larma om barn som
 * fortfarande saknar uppehållsgrund" with input parameter {@code alertReason} = {@code GUARDIAN_CASE_ENDED}.
 * Tells the region's coordinators and the municipality's managers at once. Nothing about the child itself
 * but its place among the case's children.
 */
@Component("notifyChildWithoutCoverage")
class NotifyChildWithoutCoverageDelegate implements JavaDelegate {

  static final String ALERT_REASON = "alertReason";
  private static final Logger LOG = LoggerFactory.getLogger(NotifyChildWithoutCoverageDelegate.class);

  private final EscalationGroups escalationGroups;
  private final NotificationQueue queue;

  NotifyChildWithoutCoverageDelegate(EscalationGroups escalationGroups, NotificationQueue queue) {
    this.escalationGroups = escalationGroups;
    this.queue = queue;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object reason = execution.getVariable(ALERT_REASON);
    var groups = escalationGroups.of(execution, EscalationGroups.BOTH);
    Notification alert = Notification.aboutCase(NotificationKind.CHILD_WITHOUT_COVERAGE, execution,
        reason == null ? null : reason.toString());
    queue.queueToGroups(alert, groups);
    LOG.info("Child without coverage in case {} ({}): told {}", alert.caseNumber(),
        reason == null ? "escalation" : reason, groups);
  }
}
