package se.betanketid.engine;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.auth.ResourceAuthorizationProvider;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.jobexecutor.FailedJobCommandFactory;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.runtime.CorrelationHandler;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * What a hook may add to the engine while it is configured, the one place that touches the configuration. Each
 * addition names its {@link Hook}; they are made in the order of {@link Hook} once every hook has been asked.
 */
public final class EngineHooks {

  private final ProcessEngineConfigurationImpl configuration;
  private final Map<Hook, List<Runnable>> additions = new EnumMap<>(Hook.class);
  private final Map<Hook, EngineHook> owners = new EnumMap<>(Hook.class);
  private EngineHook asking;

  EngineHooks(ProcessEngineConfigurationImpl configuration) {
    this.configuration = configuration;
  }

  /** Asks the feature's bean for its additions (a hook of another bean's is a mistake: the engine does not start). */
  void ask(EngineHook feature) {
    asking = feature;
    feature.addTo(this);
    asking = null;
  }

  /** Makes the additions, in the order of {@link Hook}; answers the hooks made. */
  List<Hook> make() {
    additions.values().forEach(list -> list.forEach(Runnable::run));
    return List.copyOf(additions.keySet());
  }

  private void add(Hook hook, Runnable addition) {
    EngineHook owner = owners.putIfAbsent(hook, asking);
    if (owner != null && owner != asking) {
      throw new IllegalStateException("Two beans add the engine hook " + hook + ": " + owner.getClass().getName()
          + " and " + asking.getClass().getName());
    }
    additions.computeIfAbsent(hook, h -> new ArrayList<>()).add(addition);
  }

  public void failedJobCommands(Hook hook, FailedJobCommandFactory factory) {
    add(hook, () -> configuration.setFailedJobCommandFactory(factory));
  }

  /** A kind of job of our own ({@link JobType}), run by the engine's job executor. */
  public void jobType(Hook hook, JobType type) {
    add(hook, () -> listOf(configuration::getCustomJobHandlers, configuration::setCustomJobHandlers)
        .add(new JobTypeHandler(type)));
  }

  public void correlationHandler(Hook hook, CorrelationHandler handler) {
    add(hook, () -> configuration.setCorrelationHandler(handler));
  }

  public void identityProvider(Hook hook, SessionFactory sessions) {
    add(hook, () -> configuration.setIdentityProviderSessionFactory(sessions));
  }

  public void authorizationProvider(Hook hook, ResourceAuthorizationProvider provider) {
    add(hook, () -> configuration.setResourceAuthorizationProvider(provider));
  }

  /** Before the engine's own parsing of each BPMN element (so its listeners run before those of the BPMN). */
  public void beforeParse(Hook hook, BpmnParseListener listener) {
    add(hook, () -> listOf(configuration::getCustomPreBPMNParseListeners,
        configuration::setCustomPreBPMNParseListeners).add(listener));
  }

  /**
   * A built-in task listener for these events on every user task of the processes whose key passes: a BPMN needs
   * nothing for it and {@code skipCustomListeners} does not skip it.
   */
  public void onUserTasks(Hook hook, Predicate<String> processKey, TaskListener listener, List<String> events) {
    BpmnParseListener parsed = new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        if (activity.getProcessDefinition() instanceof ProcessDefinitionEntity process
            && processKey.test(process.getKey())
            && activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask) {
          events.forEach(event -> userTask.getTaskDefinition().addBuiltInTaskListener(event, listener));
        }
      }
    };
    add(hook, () -> listOf(configuration::getCustomPostBPMNParseListeners,
        configuration::setCustomPostBPMNParseListeners).add(parsed));
  }

  /** Writes history to the database instead of the engine's own writer: the first handler, as the engine's own. */
  public void historyWriter(Hook hook, DbHistoryEventHandler writer) {
    add(hook, () -> {
      configuration.setEnableDefaultDbHistoryEventHandler(false);
      historyHandlers().add(0, writer);
    });
  }

  /** Sees every history event, in the engine's command, after the writer. */
  public void historyHandler(Hook hook, HistoryEventHandler handler) {
    add(hook, () -> historyHandlers().add(handler));
  }

  /** Runs around every command inside its transaction and command context. */
  public void commandInterceptor(Hook hook, CommandInterceptor interceptor) {
    add(hook, () -> listOf(configuration::getCustomPostCommandInterceptorsTxRequired,
        configuration::setCustomPostCommandInterceptorsTxRequired).add(interceptor));
  }

  private List<HistoryEventHandler> historyHandlers() {
    return listOf(configuration::getCustomHistoryEventHandlers, configuration::setCustomHistoryEventHandlers);
  }

  /** One of the configuration's lists of custom hooks, made first when the engine has none yet. */
  private static <T> List<T> listOf(Supplier<List<T>> list, Consumer<List<T>> set) {
    if (list.get() == null) {
      set.accept(new ArrayList<>());
    }
    return list.get();
  }
}
