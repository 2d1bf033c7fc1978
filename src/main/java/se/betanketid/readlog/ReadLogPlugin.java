package se.betanketid.readlog;

import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import se.betanketid.engine.EngineHook;
import se.betanketid.engine.EngineHooks;
import se.betanketid.engine.Hook;

/** Registers {@link ReadLogInterceptor} with the engine (inside the engine's transaction and command context). */
@Component
class ReadLogPlugin implements EngineHook {

  private final ReadLog log;
  private final boolean enabled;

  /**
   * {@code betanketid.read-log.engine-reads} (default true): false leaves the engine's reads unlogged; it exists only
   * so that the benchmark (ReadLogBenchmark) can measure what the log costs. Never turn it off in production.
   */
  ReadLogPlugin(@Lazy ReadLog log, @Value("${betanketid.read-log.engine-reads:true}") boolean enabled) {
    this.log = log;
    this.enabled = enabled;
  }

  @Override
  public void addTo(EngineHooks engine) {
    if (!enabled) {
      LoggerFactory.getLogger(ReadLogPlugin.class).warn("The read log does not log reads through the engine"
          + " (betanketid.read-log.engine-reads=false): only for measuring its cost");
      return;
    }
    engine.commandInterceptor(Hook.READ_LOG, new ReadLogInterceptor(log));
  }
}
