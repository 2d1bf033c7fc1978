package se.betanketid.reflectionperiod;

import org.springframework.stereotype.Component;

/** A granted longer reflection period (form {@code record-longer-period}) names its new end, after the current. */
@Component
class LongerPeriodRules extends LaterEndRule {

  LongerPeriodRules() {
    super(ReflectionPeriodProcess.FORM_RECORD_LONGER_PERIOD, ReflectionPeriodProcess.LONGER_PERIOD_RESULT,
        ReflectionPeriodProcess.GRANTED, ReflectionPeriodProcess.LONGER_PERIOD_VALID_UNTIL,
        "Betänketiden gäller nu till och med", ReflectionPeriodProcess.VALID_UNTIL);
  }
}
