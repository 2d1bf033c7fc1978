package se.betanketid.reflectionperiod;

import static se.betanketid.reflectionperiod.ReflectionPeriodProcess.TASK_ARRANGE_ASSISTED_RETURN;
import static se.betanketid.reflectionperiod.ReflectionPeriodProcess.TASK_CONSIDER_PERMIT_RENEWAL;
import static se.betanketid.reflectionperiod.ReflectionPeriodProcess.TASK_PLAN_NEXT_STEP;
import static se.betanketid.reflectionperiod.ReflectionPeriodProcess.TASK_RECORD_PERMIT;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import se.betanketid.casefile.Outcome;

/** Drives a case waiting at "Planera nästa steg" through one next step to its end, as the people would. */
public final class NextSteps {

  private final ReflectionPeriodTestCase test;

  public NextSteps(ReflectionPeriodTestCase test) {
    this.test = test;
  }

  public void carryOut(ProcessInstance instance, Outcome step) {
    test.complete(instance, TASK_PLAN_NEXT_STEP, "nextStep", step.name(), "nextStepReason", "Planerat med personen");
    switch (step) {
      case PERMIT_SIX_MONTHS -> {
        test.complete(instance, TASK_RECORD_PERMIT, "permitDecisionResult", "granted",
            "permitApplicationDate", ReflectionPeriodTestCase.TODAY.toString(),
            "permitDecisionDate", ReflectionPeriodTestCase.TODAY.toString(),
            "permitValidUntil", ReflectionPeriodTestCase.TODAY.plusMonths(6).toString());
        test.complete(instance, TASK_CONSIDER_PERMIT_RENEWAL, "permitRenewal", "not_renewed");
      }
      case ASSISTED_RETURN -> test.complete(instance, TASK_ARRANGE_ASSISTED_RETURN,
          "assistedReturnStatus", "arranged", "assistedReturnDate", "2026-03-20");
      default -> { }
    }
  }
}
