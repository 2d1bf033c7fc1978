package se.betanketid.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.interceptor.LogInterceptor;
import org.junit.jupiter.api.Test;

class EnginePluginTest {

  private final StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();

  @Test
  void makesTheHooksInTheOrderOfHookWhateverOrderTheFeaturesComeIn() {
    CommandInterceptor readLog = new LogInterceptor();
    CommandInterceptor identityGuard = new LogInterceptor();
    CommandInterceptor formGuard = new LogInterceptor();
    EnginePlugin plugin = new EnginePlugin(List.of(
        engine -> engine.commandInterceptor(Hook.READ_LOG, readLog),
        engine -> {
          engine.commandInterceptor(Hook.FORM_SUBMISSION_GUARD, formGuard);
          engine.commandInterceptor(Hook.CASE_IDENTITY_GUARD, identityGuard);
        }));

    plugin.preInit(configuration);

    assertThat(configuration.getCustomPostCommandInterceptorsTxRequired())
        .containsExactly(identityGuard, formGuard, readLog);
    assertThat(plugin.hooks()).containsExactly(Hook.CASE_IDENTITY_GUARD, Hook.FORM_SUBMISSION_GUARD, Hook.READ_LOG);
  }

  @Test
  void aHookAddedByTwoBeansStopsTheStart() {
    EnginePlugin plugin = new EnginePlugin(List.of(
        engine -> engine.commandInterceptor(Hook.READ_LOG, new LogInterceptor()),
        engine -> engine.commandInterceptor(Hook.READ_LOG, new LogInterceptor())));

    assertThatThrownBy(() -> plugin.preInit(configuration)).hasMessageContaining("READ_LOG");
  }

  @Test
  void theHistoryWriterReplacesTheEnginesOwnAndComesBeforeTheOtherHandlers() {
    HistoryEventHandler metrics = new DbHistoryEventHandler();
    DbHistoryEventHandler writer = new DbHistoryEventHandler();

    new EnginePlugin(List.of(engine -> engine.historyHandler(Hook.DECISION_METRICS, metrics),
        engine -> engine.historyWriter(Hook.MAIL_HISTORY, writer))).preInit(configuration);

    assertThat(configuration.isEnableDefaultDbHistoryEventHandler()).isFalse();
    assertThat(configuration.getCustomHistoryEventHandlers()).containsExactly(writer, metrics);
  }
}
