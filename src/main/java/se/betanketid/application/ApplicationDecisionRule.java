package se.betanketid.application;

import static se.betanketid.application.SocialServicesApplication.APPLICATION_DECISION;
import static se.betanketid.application.SocialServicesApplication.APPLICATION_DECISION_DATE;
import static se.betanketid.application.SocialServicesApplication.APPLICATION_GROUNDS;
import static se.betanketid.application.SocialServicesApplication.APPLY;
import static se.betanketid.application.SocialServicesApplication.CONTACT_PERSON_NAME;
import static se.betanketid.application.SocialServicesApplication.CONTACT_PERSON_PHONE;
import static se.betanketid.application.SocialServicesApplication.DECISION_FORM;
import static se.betanketid.application.SocialServicesApplication.IDENTIFICATION_DATE;
import static se.betanketid.application.SocialServicesApplication.NOT_APPLYING_REASON;

import java.util.Set;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.stereotype.Component;
import se.betanketid.casefile.CaseVariables;
import se.betanketid.validation.DateChecks;
import se.betanketid.validation.FormRule;

/**
 * The board's decision: applying needs the data of form 195011, not applying needs a reason and the support
 * offered instead; the decision is dated between the identification and today.
 */
@Component
class ApplicationDecisionRule implements FormRule {

  static final String DATE_LABEL = "Beslutsdatum";

  @Override
  public Set<String> formIds() {
    return Set.of(DECISION_FORM);
  }

  @Override
  public void check(VariableMap values) {
    if (APPLY.equals(values.get(APPLICATION_DECISION))) {
      RuleChecks.required(values, APPLICATION_GROUNDS, "Omständigheter som talar för att personen är offer");
      RuleChecks.required(values, CONTACT_PERSON_NAME, "Kontaktperson hos socialtjänsten");
      RuleChecks.required(values, CONTACT_PERSON_PHONE, "Kontaktpersonens telefon");
    } else {
      RuleChecks.required(values, NOT_APPLYING_REASON, "Skäl att inte ansöka");
      RuleChecks.required(values, CaseVariables.ALTERNATIVE, "Annat stöd som erbjuds");
    }
    DateChecks.notInFuture(values, APPLICATION_DECISION_DATE, DATE_LABEL);
    DateChecks.notBefore(values, APPLICATION_DECISION_DATE, DATE_LABEL, IDENTIFICATION_DATE, "Identifieringsdatum");
  }
}
