package se.betanketid.application;

import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import se.betanketid.casefile.CaseVariables;
import se.betanketid.casefile.Outcome;

/**
 * The outcome of a social services' case that ends before an application: start listeners of
 * {@code EndEvent_NotEligible} ({@code ${applicationOutcome.notEligible(execution)}}) and
 * {@code EndEvent_NotApplied} ({@code ${applicationOutcome.notApplied(execution)}}: NOT_APPLIED, or
 * NATIONAL_SUPPORT_PROGRAMME when NSP gave support after the decline). Never without the
 * alternative the social worker chose. A second start listener there, {@code ${guardianPeriod.ended(execution)}},
 * tells the case's uncovered children that the guardian's case has ended.
 */
@Component("applicationOutcome")
public class ApplicationOutcome {

  static final Set<String> ALTERNATIVES = Set.of("nsp", "asylum", "other");
  private static final Logger LOG = LoggerFactory.getLogger(ApplicationOutcome.class);

  /** EndEvent_NotEligible: the conditions for a reflection period were not met. */
  public void notEligible(DelegateExecution execution) {
    record(execution, Outcome.NOT_ELIGIBLE);
  }

  /**
   * EndEvent_NotApplied: eligible, but the board decided not to apply; the national support programme's support
   * when "Registrera stöd från NSP" recorded it ({@code nspSupport} = {@code given}).
   */
  public void notApplied(DelegateExecution execution) {
    boolean nsp = SocialServicesApplication.NSP_SUPPORT_GIVEN.equals(
        execution.getVariable(SocialServicesApplication.NSP_SUPPORT));
    record(execution, nsp ? Outcome.NATIONAL_SUPPORT_PROGRAMME : Outcome.NOT_APPLIED);
  }

  private static void record(DelegateExecution execution, Outcome outcome) {
    Object alternative = execution.getVariable(CaseVariables.ALTERNATIVE);
    if (!ALTERNATIVES.contains(alternative)) {
      throw new IllegalStateException("Outcome " + outcome + " needs an alternative, got " + alternative);
    }
    execution.setVariable(CaseVariables.OUTCOME, outcome.name());
    LOG.info("Case {}: outcome {} ({})", execution.getVariable(CaseVariables.CASE_NUMBER), outcome, alternative);
  }
}
