package se.betanketid.reflectionperiod;

import org.springframework.stereotype.Component;
import se.betanketid.engine.EngineHook;
import se.betanketid.engine.EngineHooks;
import se.betanketid.engine.Hook;

/** Registers {@link DecisionCorrelationHandler} as the engine's message correlation handler. */
@Component
class DecisionCorrelationPlugin implements EngineHook {

  @Override
  public Hook hook() {
    return Hook.DECISION_CORRELATION;
  }

  @Override
  public void addTo(EngineHooks engine) {
    engine.correlationHandler(new DecisionCorrelationHandler());
  }
}
