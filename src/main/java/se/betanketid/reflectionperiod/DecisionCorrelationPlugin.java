package se.betanketid.reflectionperiod;

import org.springframework.stereotype.Component;
import se.betanketid.engine.EngineHook;
import se.betanketid.engine.EngineHooks;
import se.betanketid.engine.Hook;

/** Registers {@link DecisionCorrelationHandler} as the engine's message correlation handler. */
@Component
class DecisionCorrelationPlugin implements EngineHook {

  @Override
  public void addTo(EngineHooks engine) {
    engine.correlationHandler(Hook.DECISION_CORRELATION, new DecisionCorrelationHandler());
  }
}
