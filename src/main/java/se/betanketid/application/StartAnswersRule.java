package se.betanketid.application;

import static se.betanketid.application.SocialServicesApplication.IN_SWEDEN;
import static se.betanketid.application.SocialServicesApplication.PRESUMED_VICTIM;
import static se.betanketid.application.SocialServicesApplication.START_FORM;

import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.stereotype.Component;
import se.betanketid.casefile.CaseVariables;
import se.betanketid.validation.FieldRules;
import se.betanketid.validation.FormRule;

/**
 * The yes/no answers the route branches on (consent, in Sweden, presumed victim) must be given: a missing one
 * would otherwise stop the case at a gateway or decide eligibility on a guess.
 */
@Component
class StartAnswersRule extends FormRule {

  StartAnswersRule() {
    super(START_FORM);
  }

  @Override
  public void check(VariableMap values) {
    FieldRules.answered(values, PRESUMED_VICTIM,
        "Personen kan antas vara offer för människohandel eller människoexploatering");
    FieldRules.answered(values, IN_SWEDEN, "Personen befinner sig i Sverige");
    FieldRules.answered(values, CaseVariables.COORDINATOR_CONSENT,
        "Personen samtycker till kontakt med regionkoordinator");
  }
}
