package se.betanketid.application;

import static se.betanketid.application.SocialServicesApplication.APPLICATION_DECISION;
import static se.betanketid.application.SocialServicesApplication.APPLICATION_DECISION_DATE;
import static se.betanketid.application.SocialServicesApplication.APPLICATION_GROUNDS;
import static se.betanketid.application.SocialServicesApplication.APPLY;
import static se.betanketid.application.SocialServicesApplication.CONTACT_PERSON_NAME;
import static se.betanketid.application.SocialServicesApplication.CONTACT_PERSON_PHONE;
import static se.betanketid.application.SocialServicesApplication.DECISION_FORM;
import static se.betanketid.application.SocialServicesApplication.DECLINE_REASON;
import static se.betanketid.application.SocialServicesApplication.IDENTIFICATION_DATE;
import static se.betanketid.application.SocialServicesApplication.NOT_APPLYING_REASON;

import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.stereotype.Component;
import se.betanketid.casefile.CaseVariables;
import se.betanketid.casefile.DeclineReason;
import se.betanketid.validation.DateChecks;
import se.betanketid.validation.FieldRules;
import se.betanketid.validation.FormRule;

/**
 * The board's decision: applying needs the data of form 195011, not applying needs a reason from the list
 * (described in words when it is "Annat skäl") and the support offered instead; the decision is dated between the identification and today.
 */
@Component
class ApplicationDecisionRule extends FormRule {

  static final String DATE_LABEL = "Beslutsdatum";
  static final String DECLINE_REASON_LABEL = "Skäl att inte ansöka";

  ApplicationDecisionRule() {
    super(DECISION_FORM);
  }

  @Override
  public void check(VariableMap values) {
    if (APPLY.equals(values.get(APPLICATION_DECISION))) {
      FieldRules.required(values, APPLICATION_GROUNDS, "Omständigheter som talar för att personen är offer");
      FieldRules.required(values, CONTACT_PERSON_NAME, "Kontaktperson hos socialtjänsten");
      FieldRules.required(values, CONTACT_PERSON_PHONE, "Kontaktpersonens telefon");
    } else {
      checkDeclineReason(values);
      FieldRules.required(values, CaseVariables.ALTERNATIVE, "Annat stöd som erbjuds");
    }
    DateChecks.pastAndNotBefore(values, APPLICATION_DECISION_DATE, DATE_LABEL,
        IDENTIFICATION_DATE, "Identifieringsdatum");
  }

  /** Not applying: a reason from the list ({@link DeclineReason}), described in words when it is "other". */
  private static void checkDeclineReason(VariableMap values) {
    FieldRules.required(values, DECLINE_REASON, DECLINE_REASON_LABEL);
    DeclineReason reason = DeclineReason.of(values.get(DECLINE_REASON)).orElseThrow(() ->
        FieldRules.refused(DECLINE_REASON, DECLINE_REASON_LABEL, "har ett värde som inte finns bland valen"));
    if (reason == DeclineReason.OTHER) {
      FieldRules.required(values, NOT_APPLYING_REASON, "Beskrivning av skälet");
    }
  }
}
