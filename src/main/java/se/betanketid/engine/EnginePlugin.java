package se.betanketid.engine;

import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Our one engine plugin: asks every {@link EngineHook} bean for its additions and makes them in the order of
 * {@link Hook}, each hook of one bean only. The features' hooks live in their packages; the order and what each
 * adds are read in {@link Hook}.
 */
@Component
public class EnginePlugin extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(EnginePlugin.class);

  private final List<EngineHook> features;
  private volatile List<Hook> made = List.of();

  public EnginePlugin(List<EngineHook> features) {
    this.features = List.copyOf(features);
  }

  /** The hooks this engine was given, in their order. */
  public List<Hook> hooks() {
    return made;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    EngineHooks engine = new EngineHooks(configuration);
    features.forEach(engine::ask);
    made = engine.make();
    LOG.info("Engine hooks: {}", made);
  }
}
