package se.betanketid.reflectionperiod;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The two forms where a period or permit is made longer: each names its new end, after the current one. */
@Configuration
class LaterEndRules {

  /** A granted longer reflection period (form {@code record-longer-period}). */
  @Bean
  LaterEndRule longerPeriodRules() {
    return new LaterEndRule(ReflectionPeriodProcess.FORM_RECORD_LONGER_PERIOD,
        ReflectionPeriodProcess.LONGER_PERIOD_RESULT, ReflectionPeriodProcess.GRANTED,
        ReflectionPeriodProcess.LONGER_PERIOD_VALID_UNTIL, "Betänketiden gäller nu till och med",
        ReflectionPeriodProcess.VALID_UNTIL);
  }

  /** A renewed permit (form {@code consider-permit-renewal}). */
  @Bean
  LaterEndRule permitRenewalRules() {
    return new LaterEndRule(ReflectionPeriodProcess.FORM_CONSIDER_PERMIT_RENEWAL,
        ReflectionPeriodProcess.PERMIT_RENEWAL, ReflectionPeriodProcess.RENEWED,
        ReflectionPeriodProcess.PERMIT_RENEWED_UNTIL, "Tillståndet gäller nu till och med",
        ReflectionPeriodProcess.PERMIT_VALID_UNTIL);
  }
}
