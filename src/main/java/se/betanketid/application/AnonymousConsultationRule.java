package se.betanketid.application;

import static se.betanketid.application.SocialServicesApplication.ANONYMOUS_CONSULTATION;
import static se.betanketid.application.SocialServicesApplication.ANONYMOUS_CONSULTATION_DATE;
import static se.betanketid.application.SocialServicesApplication.ANONYMOUS_CONSULTATION_FORM;
import static se.betanketid.application.SocialServicesApplication.IDENTIFICATION_DATE;

import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.stereotype.Component;
import se.betanketid.validation.DateChecks;
import se.betanketid.validation.FieldRules;
import se.betanketid.validation.FormRule;

/** An anonymous consultation, when one was made, has a date: not in the future, not before identification. */
@Component
class AnonymousConsultationRule extends FormRule {

  static final String DATE_LABEL = "Datum för konsultationen";

  AnonymousConsultationRule() {
    super(ANONYMOUS_CONSULTATION_FORM);
  }

  @Override
  public void check(VariableMap values) {
    FieldRules.answered(values, ANONYMOUS_CONSULTATION, "Jag har rådfrågat en regionkoordinator anonymt");
    if (Boolean.TRUE.equals(values.get(ANONYMOUS_CONSULTATION))) {
      FieldRules.required(values, ANONYMOUS_CONSULTATION_DATE, DATE_LABEL);
      DateChecks.pastAndNotBefore(values, ANONYMOUS_CONSULTATION_DATE, DATE_LABEL,
          IDENTIFICATION_DATE, "Identifieringsdatum");
    }
  }
}
