package se.betanketid.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.betanketid.ProcessTestCase;

/** The application's engine has every hook of {@link Hook}, once and in order (single sign-on's only under oidc). */
class EngineHooksIT extends ProcessTestCase {

  @Autowired
  EnginePlugin plugin;

  @Test
  void theEngineHasEveryHookButSingleSignOnsInTheOrderOfHook() {
    assertThat(plugin.hooks()).containsExactlyElementsOf(
        Arrays.stream(Hook.values()).filter(hook -> hook != Hook.TOKEN_IDENTITY).toList());
  }
}
