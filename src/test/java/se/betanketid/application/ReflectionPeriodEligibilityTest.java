package se.betanketid.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.List;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every rule of the DMN ReflectionPeriodEligibility, and the inputs a REST client might leave out. */
class ReflectionPeriodEligibilityTest {

  private static DmnEngine dmn;
  private static DmnDecision decision;
  private static List<String> matchedRules = List.of();

  @BeforeAll
  static void parse() throws Exception {
    DefaultDmnEngineConfiguration configuration =
        (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
    configuration.customPostDecisionTableEvaluationListeners(List.of(
        (DmnDecisionTableEvaluationEvent event) -> matchedRules =
            event.getMatchingRules().stream().map(DmnEvaluatedDecisionRule::getId).toList()));
    dmn = configuration.buildEngine();
    try (InputStream in = ReflectionPeriodEligibilityTest.class
        .getResourceAsStream("/bpmn/ReflectionPeriodEligibility.dmn")) {
      decision = dmn.parseDecision(SocialServicesApplication.ELIGIBILITY_DECISION, in);
    }
  }

  @ParameterizedTest(name = "{0}: inSweden={1}, permit={2}, presumedVictim={3}")
  @CsvSource(nullValues = "null", value = {
      // rule NotInSweden
      "Rule_NotInSweden, false, none,  true,  false, other, inte i Sverige",
      "Rule_NotInSweden, false, work,  false, false, other, inte i Sverige",
      "Rule_NotInSweden, null,  none,  true,  false, other, inte i Sverige",
      // rule HoldsResidencePermit
      "Rule_HoldsResidencePermit, true,  work,   true,  false, nsp, redan ett uppehållstillstånd",
      "Rule_HoldsResidencePermit, true,  study,  true,  false, nsp, redan ett uppehållstillstånd",
      "Rule_HoldsResidencePermit, true,  family, false, false, nsp, redan ett uppehållstillstånd",
      "Rule_HoldsResidencePermit, true,  other,  true,  false, nsp, redan ett uppehållstillstånd",
      // rule NotPresumedVictim
      "Rule_NotPresumedVictim, true,  none,  false, false, other, inte antas vara offer",
      "Rule_NotPresumedVictim, true,  none,  null,  false, other, inte antas vara offer",
      // rule Eligible
      "Rule_Eligible, true,  none,  true,  true,  null,  Villkoren är uppfyllda",
  })
  void decides(String rule, Boolean inSweden, String permit, Boolean presumedVictim, boolean eligible, String alternative,
      String reasonPart) {
    VariableMap inputs = Variables.createVariables()
        .putValue("inSweden", inSweden)
        .putValue("residencePermit", permit)
        .putValue("presumedVictim", presumedVictim);

    DmnDecisionResult result = dmn.evaluateDecision(decision, inputs);

    assertThat(matchedRules).containsExactly(rule);
    DmnDecisionResultEntries entries = result.getSingleResult();
    assertThat((Boolean) entries.getEntry("eligible")).isEqualTo(eligible);
    assertThat((String) entries.getEntry("suggestedAlternative")).isEqualTo(alternative);
    assertThat((String) entries.getEntry("eligibilityReason")).contains(reasonPart);
  }
}
