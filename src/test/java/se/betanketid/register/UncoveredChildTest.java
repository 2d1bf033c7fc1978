package se.betanketid.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every combination of the rule's inputs: which child counts as without a residence basis. */
class UncoveredChildTest {

  @ParameterizedTest(name = "closed={0} covered={1} escalationOpen={2}: uncovered={3}")
  @CsvSource(nullValues = "null", value = {
      "false, null,  null,  false", // not yet assessed
      "false, null,  true,  true",
      "false, null,  false, false",
      "false, false, null,  true", // found not covered, before an escalation was recorded
      "false, false, true,  true",
      "false, false, false, false", // escalation closed (e.g. left Sweden)
      "false, true,  null,  false",
      "false, true,  true,  false",
      "false, true,  false, false",
      "true,  false, true,  false", // the child's process ended
      "true,  false, null,  false"})
  void theRule(boolean closed, Boolean covered, Boolean escalationOpen, boolean uncovered) {
    assertThat(UncoveredChild.is(closed ? Instant.EPOCH : null, covered, escalationOpen)).isEqualTo(uncovered);
  }
}
