package se.betanketid.engine;

import java.util.function.Consumer;

/**
 * A feature's hook in the engine: a Spring bean that {@link EnginePlugin} finds and registers in the order of
 * {@link Hook}. One bean per hook.
 */
public interface EngineHook {

  /** Which hook this is (its place in the engine's order). */
  Hook hook();

  /** Adds the hook to the engine, once, while the engine is configured. */
  void addTo(EngineHooks engine);

  /** A hook as a bean method's one-liner: {@code EngineHook.of(Hook.X, engine -> engine.commandInterceptor(…))}. */
  static EngineHook of(Hook hook, Consumer<EngineHooks> registration) {
    return new EngineHook() {
      @Override
      public Hook hook() {
        return hook;
      }

      @Override
      public void addTo(EngineHooks engine) {
        registration.accept(engine);
      }
    };
  }
}
