package se.betanketid.reflectionperiod;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code ServiceTask_RecordPermitRenewal} in ReflectionPeriodProcess: the renewed permit's end date becomes the
 * permit's end date, which the next renewal task and its reminder count from.
 */
@Component("recordPermitRenewal")
class RecordPermitRenewalDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(ReflectionPeriodProcess.PERMIT_VALID_UNTIL,
        execution.getVariable(ReflectionPeriodProcess.PERMIT_RENEWED_UNTIL));
  }
}
