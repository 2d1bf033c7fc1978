package se.betanketid.reflectionperiod;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/** Registers {@link DecisionCorrelationHandler} as the engine's message correlation handler. */
@Component
class DecisionCorrelationPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setCorrelationHandler(new DecisionCorrelationHandler());
  }
}
