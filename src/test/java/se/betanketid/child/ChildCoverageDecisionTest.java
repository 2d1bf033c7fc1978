package se.betanketid.child;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Table test of {@code bpmn/ChildCoverage.dmn}: every rule, and what never covers a child. */
class ChildCoverageDecisionTest {

  private static DmnEngine dmn;
  private static DmnDecision decision;

  @BeforeAll
  static void parseDecision() throws Exception {
    dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream file = ChildCoverageDecisionTest.class.getResourceAsStream("/bpmn/ChildCoverage.dmn")) {
      decision = dmn.parseDecision(ChildProcess.DECISION, file);
    }
  }

  @ParameterizedTest(name = "{0} -> covered={1}, basis={2}")
  @CsvSource({
      "swedish_citizen, true,  swedish_citizen",
      "own_permit,      true,  own_permit",
      "eu_right,        true,  eu_right",
      "asylum,          true,  asylum",
      "own_application, true,  own_application",
      "left_sweden,     false, left_sweden",
      "none_known,      false, none",
      "guardian_period, false, none",
      "'',              false, none"})
  void everyRule(String coverage, boolean covered, String basis) {
    DmnDecisionResultEntries result = decide(Map.of("childCoverage", coverage));

    assertThat(result.<Boolean>getEntry("childCovered")).isEqualTo(covered);
    assertThat(result.<String>getEntry("coverageBasis")).isEqualTo(basis);
    assertThat(result.<String>getEntry("coverageExplanation")).isNotBlank();
  }

  @Test
  void noStatedCoverageIsNotCovered() {
    Map<String, Object> variables = new HashMap<>();
    variables.put("childCoverage", null);

    assertThat(decide(variables).<Boolean>getEntry("childCovered")).isFalse();
  }

  @Test
  void theGuardiansReflectionPeriodNeverCoversTheChild() {
    DmnDecisionResultEntries result = decide(Map.of("childCoverage", "none_known",
        "decisionResult", "granted", "validUntil", "2026-04-01", "guardianValidUntil", "2026-04-01"));

    assertThat(result.<Boolean>getEntry("childCovered")).isFalse();
    assertThat(result.<String>getEntry("coverageBasis")).isEqualTo("none");
    assertThat(result.<String>getEntry("coverageExplanation"))
        .contains("Vårdnadshavarens betänketid omfattar inte medföljande barn");
  }

  private DmnDecisionResultEntries decide(Map<String, Object> variables) {
    return dmn.evaluateDecision(decision, variables).getSingleResult();
  }
}
