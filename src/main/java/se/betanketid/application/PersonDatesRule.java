package se.betanketid.application;

import static se.betanketid.application.SocialServicesApplication.CHILD_BIRTH_DATE;
import static se.betanketid.application.SocialServicesApplication.IDENTIFICATION_DATE;
import static se.betanketid.application.SocialServicesApplication.PERSON_BIRTH_DATE;
import static se.betanketid.application.SocialServicesApplication.START_FORM;

import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;
import se.betanketid.casefile.CaseVariables;
import se.betanketid.validation.CaseValidationException;
import se.betanketid.validation.DateChecks;
import se.betanketid.validation.FormRule;

/**
 * The start form's dates: no birth date (the person's or a child's) and no identification in the future, and
 * no identification before the person was born.
 */
@Component
class PersonDatesRule extends FormRule {

  static final String CHILDREN_LABEL = "Medföljande barn";

  PersonDatesRule() {
    super(START_FORM);
  }

  @Override
  public void check(VariableMap values) {
    DateChecks.notInFuture(values, PERSON_BIRTH_DATE, "Födelsedatum");
    DateChecks.pastAndNotBefore(values, IDENTIFICATION_DATE, "Identifieringsdatum", PERSON_BIRTH_DATE, "Födelsedatum");
    if (values.get(CaseVariables.CHILDREN) instanceof SpinJsonNode children && children.isArray()) {
      int row = 0;
      for (SpinJsonNode child : children.elements()) {
        row++;
        checkChild(child, row);
      }
    }
  }

  private static void checkChild(SpinJsonNode child, int row) {
    if (!child.isObject() || !child.hasProp(CHILD_BIRTH_DATE) || !child.prop(CHILD_BIRTH_DATE).isString()) {
      return; // the schema has already refused a row without a valid date
    }
    VariableMap birth = Variables.createVariables()
        .putValue(CHILD_BIRTH_DATE, child.prop(CHILD_BIRTH_DATE).stringValue());
    try {
      DateChecks.notInFuture(birth, CHILD_BIRTH_DATE, "Barnets födelsedatum");
    } catch (CaseValidationException e) {
      throw new CaseValidationException(CHILD_BIRTH_DATE, CHILDREN_LABEL + ", rad " + row + ": " + e.getMessage());
    }
  }
}
