package se.betanketid.engine;

/**
 * A feature's hooks in the engine: a Spring bean that {@link EnginePlugin} asks, while the engine is configured,
 * to add what it needs, each addition under its {@link Hook} (which sets its place in the order).
 */
@FunctionalInterface
public interface EngineHook {

  void addTo(EngineHooks engine);
}
