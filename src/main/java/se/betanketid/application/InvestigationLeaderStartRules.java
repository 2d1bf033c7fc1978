package se.betanketid.application;

import static se.betanketid.application.InvestigationLeaderApplicationProcess.IDENTIFICATION_DATE;
import static se.betanketid.application.InvestigationLeaderApplicationProcess.PERSON_BIRTH_DATE;

import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.stereotype.Component;
import se.betanketid.validation.DateChecks;
import se.betanketid.validation.FormRule;

/** The investigation leader's start form: the person's dates in a possible order. */
@Component
class InvestigationLeaderStartRules extends FormRule {

  InvestigationLeaderStartRules() {
    super(InvestigationLeaderApplicationProcess.FORM_START);
  }

  @Override
  public void check(VariableMap values) {
    DateChecks.notInFuture(values, PERSON_BIRTH_DATE, "Födelsedatum");
    DateChecks.pastAndNotBefore(values, IDENTIFICATION_DATE, "Datum då personen identifierades",
        PERSON_BIRTH_DATE, "Födelsedatum");
  }
}
