package se.betanketid.casefile;

/** Names of the case variables that Java code reads or sets (docs/architecture.md lists them all). */
public final class CaseVariables {

  public static final String CASE_NUMBER = "caseNumber";
  public static final String APPLICANT_TYPE = "applicantType";
  public static final String MUNICIPALITY_CODE = "municipalityCode";
  public static final String POLICE_REGION = "policeRegion";
  public static final String VIA_REGIONAL_COORDINATOR = "viaRegionalCoordinator";
  public static final String REFERRED_BY_COORDINATOR = "referredByCoordinator";
  public static final String COORDINATOR_CONSENT = "coordinatorConsent";
  public static final String CHILDREN = "children";
  public static final String OUTCOME = "outcome";
  public static final String ALTERNATIVE = "alternative";

  /** Set by the engine only; a start that submits them is refused. */
  public static final java.util.Set<String> ENGINE_ONLY =
      java.util.Set.of(CASE_NUMBER, APPLICANT_TYPE, POLICE_REGION, VIA_REGIONAL_COORDINATOR, OUTCOME);

  private CaseVariables() {}
}
