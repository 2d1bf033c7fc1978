package se.betanketid.engine;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Our one engine plugin: registers every {@link EngineHook} bean in the order of {@link Hook}, each once. The
 * features' hooks live in their packages; the order and what each adds are read in {@link Hook}.
 */
@Component
public class EnginePlugin extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(EnginePlugin.class);

  private final List<EngineHook> hooks;

  public EnginePlugin(List<EngineHook> hooks) {
    this.hooks = inOrder(hooks);
  }

  /** The hooks in the order they are registered (a hook twice is a mistake: the application does not start). */
  static List<EngineHook> inOrder(List<EngineHook> hooks) {
    Map<Hook, EngineHook> byHook = new EnumMap<>(Hook.class);
    for (EngineHook hook : hooks) {
      EngineHook before = byHook.put(hook.hook(), hook);
      if (before != null) {
        throw new IllegalStateException("Two beans are the engine hook " + hook.hook() + ": " + before.getClass()
            + " and " + hook.getClass());
      }
    }
    return byHook.values().stream().sorted(Comparator.comparing(EngineHook::hook)).toList();
  }

  /** Which hooks this engine has, in their order. */
  public List<Hook> hooks() {
    return hooks.stream().map(EngineHook::hook).toList();
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    EngineHooks engine = new EngineHooks(configuration);
    hooks.forEach(hook -> hook.addTo(engine));
    LOG.info("Engine hooks: {}", hooks());
  }
}
