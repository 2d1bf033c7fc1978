package se.betanketid.application;

import static se.betanketid.application.SocialServicesApplication.APPLICATION_DATE;
import static se.betanketid.application.SocialServicesApplication.IDENTIFICATION_DATE;
import static se.betanketid.application.SocialServicesApplication.SUBMISSION_FORM;

import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.stereotype.Component;
import se.betanketid.validation.DateChecks;
import se.betanketid.validation.FormRule;

/** The application to Migrationsverket is dated between the identification and today. */
@Component
class ApplicationDateRule extends FormRule {

  static final String LABEL = "Datum då ansökan skickades";

  ApplicationDateRule() {
    super(SUBMISSION_FORM);
  }

  @Override
  public void check(VariableMap values) {
    DateChecks.pastAndNotBefore(values, APPLICATION_DATE, LABEL, IDENTIFICATION_DATE, "Identifieringsdatum");
  }
}
