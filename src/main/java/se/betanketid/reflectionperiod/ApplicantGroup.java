package se.betanketid.reflectionperiod;

import org.springframework.stereotype.Component;
import se.betanketid.casefile.ApplicantType;
import se.betanketid.identity.Role;
import se.betanketid.municipality.MunicipalityRegistry;

/**
 * The candidate group of the authority that applied, for the tasks that follow up its application
 * ({@code UserTask_RegisterDecision}, {@code UserTask_RecordAlternative}): in BPMN
 * {@code ${applicantGroup.of(applicantType, municipalityCode)}}. Investigation leaders are scoped by police region.
 */
@Component("applicantGroup")
public class ApplicantGroup {

  private final MunicipalityRegistry municipalities;

  ApplicantGroup(MunicipalityRegistry municipalities) {
    this.municipalities = municipalities;
  }

  public String of(String applicantType, String municipalityCode) {
    return switch (ApplicantType.valueOf(applicantType)) {
      case INVESTIGATION_LEADER -> investigationLeaders(municipalityCode);
      case SOCIAL_SERVICES -> Role.socialServicesGroup(municipalityCode);
    };
  }

  /**
   * The investigation leaders of the police region of the case's municipality, e.g. forundersokningsledare-stockholm
   * ({@code ${applicantGroup.investigationLeaders(municipalityCode)}} for the permit tasks).
   */
  public String investigationLeaders(String municipalityCode) {
    return Role.investigationLeaderGroup(municipalities.regionOf(municipalityCode));
  }
}
