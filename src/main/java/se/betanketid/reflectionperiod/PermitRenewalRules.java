package se.betanketid.reflectionperiod;

import org.springframework.stereotype.Component;

/** A renewed permit (form {@code consider-permit-renewal}) names its new end date, after the current one. */
@Component
class PermitRenewalRules extends LaterEndRule {

  PermitRenewalRules() {
    super(ReflectionPeriodProcess.FORM_CONSIDER_PERMIT_RENEWAL, ReflectionPeriodProcess.PERMIT_RENEWAL,
        ReflectionPeriodProcess.RENEWED, ReflectionPeriodProcess.PERMIT_RENEWED_UNTIL,
        "Tillståndet gäller nu till och med", ReflectionPeriodProcess.PERMIT_VALID_UNTIL);
  }
}
