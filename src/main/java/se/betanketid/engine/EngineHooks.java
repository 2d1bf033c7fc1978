package se.betanketid.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
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

/** What a hook may add to the engine while it is configured: the one place that touches the configuration. */
public final class EngineHooks {

  private final ProcessEngineConfigurationImpl configuration;

  EngineHooks(ProcessEngineConfigurationImpl configuration) {
    this.configuration = configuration;
  }

  public void failedJobCommands(FailedJobCommandFactory factory) {
    configuration.setFailedJobCommandFactory(factory);
  }

  public void correlationHandler(CorrelationHandler handler) {
    configuration.setCorrelationHandler(handler);
  }

  public void identityProvider(SessionFactory sessions) {
    configuration.setIdentityProviderSessionFactory(sessions);
  }

  public void authorizationProvider(ResourceAuthorizationProvider provider) {
    configuration.setResourceAuthorizationProvider(provider);
  }

  /** Before the engine's own parsing of each BPMN element (so its listeners run before those of the BPMN). */
  public void beforeParse(BpmnParseListener listener) {
    if (configuration.getCustomPreBPMNParseListeners() == null) {
      configuration.setCustomPreBPMNParseListeners(new ArrayList<>());
    }
    configuration.getCustomPreBPMNParseListeners().add(listener);
  }

  /** After the engine's own parsing of each BPMN element. */
  public void afterParse(BpmnParseListener listener) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    configuration.getCustomPostBPMNParseListeners().add(listener);
  }

  /**
   * A built-in task listener for these events on every user task of the processes whose key passes: a BPMN needs
   * nothing for it and {@code skipCustomListeners} does not skip it.
   */
  public void onUserTasks(Predicate<String> processKey, TaskListener listener, List<String> events) {
    afterParse(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        if (activity.getProcessDefinition() instanceof ProcessDefinitionEntity process
            && processKey.test(process.getKey())
            && activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask) {
          events.forEach(event -> userTask.getTaskDefinition().addBuiltInTaskListener(event, listener));
        }
      }
    });
  }

  /** Writes history to the database instead of the engine's own writer (there is one writer, the first handler). */
  public void historyWriter(DbHistoryEventHandler writer) {
    configuration.setEnableDefaultDbHistoryEventHandler(false);
    historyHandler(writer);
  }

  /** Sees every history event, in the engine's command, after the writer. */
  public void historyHandler(HistoryEventHandler handler) {
    if (configuration.getCustomHistoryEventHandlers() == null) {
      configuration.setCustomHistoryEventHandlers(new ArrayList<>());
    }
    configuration.getCustomHistoryEventHandlers().add(handler);
  }

  /** Runs around every command inside its transaction and command context. */
  public void commandInterceptor(CommandInterceptor interceptor) {
    if (configuration.getCustomPostCommandInterceptorsTxRequired() == null) {
      configuration.setCustomPostCommandInterceptorsTxRequired(new ArrayList<>());
    }
    configuration.getCustomPostCommandInterceptorsTxRequired().add(interceptor);
  }
}
