package se.betanketid.application;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import se.betanketid.calendar.EngineTime;
import se.betanketid.casefile.CaseVariables;

/**
 * {@code ServiceTask_RecordApplicationDate} in InvestigationLeaderApplicationProcess: the application counts as
 * sent to Migrationsverket today ({@code applicationDate}, unless already recorded).
 */
@Component("recordApplicationDate")
class RecordApplicationDateDelegate implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(RecordApplicationDateDelegate.class);

  @Override
  public void execute(DelegateExecution execution) {
    if (execution.getVariable(CaseVariables.APPLICATION_DATE) == null) {
      execution.setVariable(CaseVariables.APPLICATION_DATE, EngineTime.today().toString());
    }
    LOG.info("Case {}: application sent", execution.getVariable(CaseVariables.CASE_NUMBER));
  }
}
