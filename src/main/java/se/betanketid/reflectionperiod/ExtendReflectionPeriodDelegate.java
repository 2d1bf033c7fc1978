package se.betanketid.reflectionperiod;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import se.betanketid.casefile.CaseVariables;

/**
 * {@code ServiceTask_ExtendReflectionPeriod} in ReflectionPeriodProcess: the longer period's end becomes the
 * period's end ({@code validUntil}), which the children's deadlines and the next step's count from again.
 */
@Component("extendReflectionPeriod")
class ExtendReflectionPeriodDelegate implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(ExtendReflectionPeriodDelegate.class);

  @Override
  public void execute(DelegateExecution execution) {
    Object validUntil = execution.getVariable(ReflectionPeriodProcess.LONGER_PERIOD_VALID_UNTIL);
    execution.setVariable(ReflectionPeriodProcess.VALID_UNTIL, validUntil);
    LOG.info("Case {}: reflection period extended until {}", execution.getVariable(CaseVariables.CASE_NUMBER),
        validUntil);
  }
}
