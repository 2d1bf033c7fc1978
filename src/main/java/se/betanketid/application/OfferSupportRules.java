package se.betanketid.application;

import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.stereotype.Component;
import se.betanketid.validation.DateChecks;
import se.betanketid.validation.FormRule;

/** Form {@code offer-support}: support is offered after the person was identified, and not in the future. */
@Component
class OfferSupportRules extends FormRule {

  static final String LABEL = "Datum då stöd erbjöds";

  OfferSupportRules() {
    super(InvestigationLeaderApplicationProcess.FORM_OFFER_SUPPORT);
  }

  @Override
  public void check(VariableMap values) {
    String key = InvestigationLeaderApplicationProcess.SUPPORT_OFFERED_DATE;
    DateChecks.pastAndNotBefore(values, key, LABEL,
        InvestigationLeaderApplicationProcess.IDENTIFICATION_DATE, "Datum då personen identifierades");
  }
}
