package se.betanketid.child;

import static se.betanketid.child.ChildProcess.CHILD_CASE_NUMBER;
import static se.betanketid.child.ChildProcess.GUARDIAN_CASE_NUMBER;
import static se.betanketid.child.ChildProcess.OWN_APPLICATION_ASKED;

import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import se.betanketid.engine.Commands;

/**
 * Task listener of {@code UserTask_OpenChildsOwnApplication}. On create: notes that the task was made
 * ({@code ownApplicationAsked}), so that the initial assessment does not make a second one. On complete: links the
 * child's own case (its number in {@code childCaseNumber}, checked by {@link OwnApplicationRule}) to the
 * guardian's, by setting {@code guardianCaseNumber} on the child's case. The social worker may not update another
 * case's variables herself: this internal step runs without authorization checks, inside her transaction.
 */
@Component("childOwnApplication")
class ChildOwnApplication implements TaskListener {

  private static final Logger LOG = LoggerFactory.getLogger(ChildOwnApplication.class);

  private final RuntimeService runtime;

  ChildOwnApplication(RuntimeService runtime) {
    this.runtime = runtime;
  }

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      task.getExecution().setVariable(OWN_APPLICATION_ASKED, true);
    } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      link(String.valueOf(task.getVariable("caseNumber")), String.valueOf(task.getVariable(CHILD_CASE_NUMBER)));
    }
  }

  private void link(String guardianCase, String childCase) {
    List<ProcessInstance> cases = Commands.withoutAuthorization(
        () -> OwnApplicationRule.applicationsOf(runtime, childCase).list());
    Commands.withoutAuthorization(
        () -> cases.forEach(found -> runtime.setVariable(found.getId(), GUARDIAN_CASE_NUMBER, guardianCase)));
    LOG.info("Case {}: the child's own case {} is linked to it", guardianCase, childCase);
  }
}
