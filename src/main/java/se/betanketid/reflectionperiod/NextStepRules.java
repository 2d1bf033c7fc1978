package se.betanketid.reflectionperiod;

import java.util.EnumSet;
import java.util.Set;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.stereotype.Component;
import se.betanketid.casefile.ApplicantType;
import se.betanketid.casefile.CaseVariables;
import se.betanketid.casefile.Outcome;
import se.betanketid.validation.CaseValidationException;
import se.betanketid.validation.FormRule;

/**
 * The next step after the reflection period ({@code plan-next-step}, {@code record-outcome}): a longer
 * reflection period for special reasons is asked for by the investigation leader, so only on that route.
 */
@Component
public class NextStepRules extends FormRule {

  /** The outcomes that a next step can be (the form's options are exactly these). */
  public static final Set<Outcome> NEXT_STEPS = EnumSet.of(Outcome.PERMIT_SIX_MONTHS, Outcome.LONGER_REFLECTION_PERIOD,
      Outcome.ASSISTED_RETURN, Outcome.NATIONAL_SUPPORT_PROGRAMME, Outcome.ASYLUM, Outcome.UNREACHABLE,
      Outcome.NO_FURTHER_ACTION);

  NextStepRules() {
    super(ReflectionPeriodProcess.FORM_PLAN_NEXT_STEP, ReflectionPeriodProcess.FORM_RECORD_OUTCOME);
  }

  @Override
  public void check(VariableMap values) {
    if (Outcome.LONGER_REFLECTION_PERIOD.name().equals(values.get(ReflectionPeriodProcess.NEXT_STEP))
        && !ApplicantType.INVESTIGATION_LEADER.name().equals(values.get(CaseVariables.APPLICANT_TYPE))) {
      throw new CaseValidationException(ReflectionPeriodProcess.NEXT_STEP,
          "Fältet \"Nästa steg\" kan vara längre betänketid bara när förundersökningsledaren har ansökt: "
              + "det är förundersökningsledaren som begär den hos Migrationsverket.");
    }
  }
}
