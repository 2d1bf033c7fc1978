package se.betanketid.child;

import static se.betanketid.child.ChildProcess.GUARDIAN_CASE_ENDED;
import static se.betanketid.child.ChildProcess.GUARDIAN_VALID_UNTIL;
import static se.betanketid.child.ChildProcess.MESSAGE_GUARDIAN_CASE_ENDED;
import static se.betanketid.child.ChildProcess.MESSAGE_GUARDIAN_PERIOD_GRANTED;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import se.betanketid.engine.Commands;

/**
 * Tells the case's children about the guardian: {@code ${guardianPeriod.announce(execution)}} after a granted
 * decision (message {@code GuardianPeriodGranted} with {@code guardianValidUntil}) and
 * {@code ${guardianPeriod.ended(execution)}} when the guardian's case ends (message {@code GuardianCaseEnded}),
 * both called from {@code ReflectionPeriodProcess}. Only children still without a residence basis wait for these
 * messages; none waiting is fine. A longer reflection period is announced again: the children's watch on the old
 * end (their escalations before and at it) is cancelled first, so that they follow the new end only. Runs inside
 * the caller's transaction without authorization checks: the person who registered the decision need not have
 * rights on the children's instances, and this is an internal step.
 */
@Component("guardianPeriod")
public class GuardianPeriod {

  private static final Logger LOG = LoggerFactory.getLogger(GuardianPeriod.class);

  private final RuntimeService runtime;

  GuardianPeriod(RuntimeService runtime) {
    this.runtime = runtime;
  }

  public void announce(DelegateExecution execution) {
    Object validUntil = execution.getVariable("validUntil");
    if (validUntil == null) {
      throw new ProcessEngineException("Betänketiden saknar slutdatum (validUntil): barnens frister kan inte sättas");
    }
    String businessKey = businessKey(execution);
    int replaced = Commands.withoutAuthorization(() -> stopWatchingTheOldEnd(businessKey));
    if (replaced > 0) {
      LOG.info("Case {}: {} child process(es) follow the new end of the reflection period", businessKey, replaced);
    }
    correlate(execution, MESSAGE_GUARDIAN_PERIOD_GRANTED, Map.of(GUARDIAN_VALID_UNTIL, validUntil));
  }

  private int stopWatchingTheOldEnd(String businessKey) {
    List<ProcessInstance> watching = runtime.createProcessInstanceQuery().processDefinitionKey(ChildProcess.KEY)
        .processInstanceBusinessKey(businessKey)
        .activityIdIn(ChildProcess.BEFORE_GUARDIAN_PERIOD_ENDS, ChildProcess.GUARDIAN_PERIOD_ENDS).list();
    for (ProcessInstance child : watching) {
      runtime.createProcessInstanceModification(child.getId())
          .cancelAllForActivity(ChildProcess.GUARDIAN_PERIOD_DEADLINES).execute();
    }
    return watching.size();
  }

  public void ended(DelegateExecution execution) {
    correlate(execution, MESSAGE_GUARDIAN_CASE_ENDED, Map.of(GUARDIAN_CASE_ENDED, true));
  }

  private void correlate(DelegateExecution execution, String message, Map<String, Object> variables) {
    String businessKey = businessKey(execution);
    Callable<Integer> correlation = () -> runtime.createMessageCorrelation(message)
        .processInstanceBusinessKey(businessKey)
        .setVariables(variables)
        .correlateAllWithResult()
        .size();
    int children = Commands.withoutAuthorization(correlation);
    LOG.info("Case {}: {} reached {} child process(es) waiting for it", businessKey, message, children);
  }

  private static String businessKey(DelegateExecution execution) {
    String businessKey = execution.getProcessBusinessKey();
    if (businessKey == null) {
      Object caseNumber = execution.getVariable("caseNumber");
      businessKey = caseNumber == null ? null : caseNumber.toString();
    }
    if (businessKey == null || businessKey.isBlank()) {
      throw new ProcessEngineException("Ärendet saknar ärendenummer: barnens processer kan inte nås");
    }
    return businessKey;
  }

}
