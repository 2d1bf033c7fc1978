package se.betanketid.readlog;

import java.util.ArrayList;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/** Registers {@link ReadLogInterceptor} with the engine (inside the engine's transaction and command context). */
@Component
class ReadLogPlugin extends AbstractProcessEnginePlugin {

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
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (!enabled) {
      LoggerFactory.getLogger(ReadLogPlugin.class).warn("The read log does not log reads through the engine"
          + " (betanketid.read-log.engine-reads=false): only for measuring its cost");
      return;
    }
    if (configuration.getCustomPostCommandInterceptorsTxRequired() == null) {
      configuration.setCustomPostCommandInterceptorsTxRequired(new ArrayList<CommandInterceptor>());
    }
    configuration.getCustomPostCommandInterceptorsTxRequired().add(new ReadLogInterceptor(log));
  }
}
