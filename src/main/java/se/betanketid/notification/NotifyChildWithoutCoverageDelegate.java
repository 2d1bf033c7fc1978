package se.betanketid.notification;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * "Larma om barn utan uppehållsgrund", the service task after {@code BoundaryEvent_ChildWithoutCoverage}
 * ({@code ${notifyChildWithoutCoverage}}): tells the region's coordinators and the municipality's managers
 * at once that an accompanying child of the case has no residence basis. Nothing about the child itself.
 */
@Component("notifyChildWithoutCoverage")
class NotifyChildWithoutCoverageDelegate implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(NotifyChildWithoutCoverageDelegate.class);

  private final EscalationGroups escalationGroups;
  private final NotificationQueue queue;

  NotifyChildWithoutCoverageDelegate(EscalationGroups escalationGroups, NotificationQueue queue) {
    this.escalationGroups = escalationGroups;
    this.queue = queue;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String caseNumber = CaseNumberOf.execution(execution);
    var groups = escalationGroups.of(execution, EscalationGroups.BOTH);
    queue.queueToGroups(Notification.withoutTask(NotificationKind.CHILD_WITHOUT_COVERAGE, caseNumber, null,
        execution.getProcessInstanceId()), groups);
    LOG.info("Child without coverage in case {}: told {}", caseNumber, groups);
  }
}
