package se.betanketid.reflectionperiod;

import static se.betanketid.reflectionperiod.ReflectionPeriodProcess.FORM_CONSIDER_PERMIT_RENEWAL;
import static se.betanketid.reflectionperiod.ReflectionPeriodProcess.FORM_RECORD_LONGER_PERIOD;
import static se.betanketid.reflectionperiod.ReflectionPeriodProcess.GRANTED;
import static se.betanketid.reflectionperiod.ReflectionPeriodProcess.LONGER_PERIOD_RESULT;
import static se.betanketid.reflectionperiod.ReflectionPeriodProcess.LONGER_PERIOD_VALID_UNTIL;
import static se.betanketid.reflectionperiod.ReflectionPeriodProcess.PERMIT_RENEWAL;
import static se.betanketid.reflectionperiod.ReflectionPeriodProcess.PERMIT_RENEWED_UNTIL;
import static se.betanketid.reflectionperiod.ReflectionPeriodProcess.PERMIT_VALID_UNTIL;
import static se.betanketid.reflectionperiod.ReflectionPeriodProcess.RENEWED;
import static se.betanketid.reflectionperiod.ReflectionPeriodProcess.VALID_UNTIL;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The two forms where a period or permit is made longer: each names its new end, after the current one. */
@Configuration
class LaterEndRules {

  /** A granted longer reflection period (form {@code record-longer-period}). */
  @Bean
  LaterEndRule longerPeriodRules() {
    return new LaterEndRule(FORM_RECORD_LONGER_PERIOD, LONGER_PERIOD_RESULT, GRANTED, LONGER_PERIOD_VALID_UNTIL,
        "Betänketiden gäller nu till och med", VALID_UNTIL);
  }

  /** A renewed permit (form {@code consider-permit-renewal}). */
  @Bean
  LaterEndRule permitRenewalRules() {
    return new LaterEndRule(FORM_CONSIDER_PERMIT_RENEWAL, PERMIT_RENEWAL, RENEWED, PERMIT_RENEWED_UNTIL,
        "Tillståndet gäller nu till och med", PERMIT_VALID_UNTIL);
  }
}
