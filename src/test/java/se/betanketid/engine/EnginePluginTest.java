package se.betanketid.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.junit.jupiter.api.Test;

class EnginePluginTest {

  @Test
  void registersTheHooksInTheOrderOfHookWhateverOrderSpringFindsThemIn() {
    List<Hook> registered = new ArrayList<>();
    List<EngineHook> found = new ArrayList<>();
    for (Hook hook : List.of(Hook.READ_LOG, Hook.CASE_OPENING, Hook.FAILED_JOBS, Hook.REGISTER)) {
      found.add(EngineHook.of(hook, engine -> registered.add(hook)));
    }

    new EnginePlugin(found).preInit(new StandaloneInMemProcessEngineConfiguration());

    assertThat(registered).containsExactly(Hook.FAILED_JOBS, Hook.CASE_OPENING, Hook.REGISTER, Hook.READ_LOG);
  }

  @Test
  void theSameHookTwiceStopsTheStart() {
    List<EngineHook> twice = List.of(EngineHook.of(Hook.REGISTER, engine -> {}),
        EngineHook.of(Hook.REGISTER, engine -> {}));

    assertThatThrownBy(() -> new EnginePlugin(twice)).hasMessageContaining("REGISTER");
  }

  @Test
  void theHistoryWriterReplacesTheEnginesOwnAndComesBeforeTheOtherHandlers() {
    HistoryEventHandler metrics = new DbHistoryEventHandler();
    DbHistoryEventHandler writer = new DbHistoryEventHandler();
    StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();

    new EnginePlugin(List.of(EngineHook.of(Hook.DECISION_METRICS, engine -> engine.historyHandler(metrics)),
        EngineHook.of(Hook.MAIL_HISTORY, engine -> engine.historyWriter(writer)))).preInit(configuration);

    assertThat(configuration.isEnableDefaultDbHistoryEventHandler()).isFalse();
    assertThat(configuration.getCustomHistoryEventHandlers()).containsExactly(writer, metrics);
  }
}
