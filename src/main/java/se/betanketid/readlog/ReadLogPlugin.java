package se.betanketid.readlog;

import java.util.ArrayList;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/** Registers {@link ReadLogInterceptor} with the engine (inside the engine's transaction and command context). */
@Component
class ReadLogPlugin extends AbstractProcessEnginePlugin {

  private final ReadLog log;

  ReadLogPlugin(@Lazy ReadLog log) {
    this.log = log;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostCommandInterceptorsTxRequired() == null) {
      configuration.setCustomPostCommandInterceptorsTxRequired(new ArrayList<CommandInterceptor>());
    }
    configuration.getCustomPostCommandInterceptorsTxRequired().add(new ReadLogInterceptor(log));
  }
}
