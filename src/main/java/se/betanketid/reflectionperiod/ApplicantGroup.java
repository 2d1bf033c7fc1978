package se.betanketid.reflectionperiod;

import org.springframework.stereotype.Component;
import se.betanketid.casefile.ApplicantType;
import se.betanketid.identity.Role;

/**
 * The candidate group of the authority that applied, for the tasks that follow up its application
 * ({@code UserTask_RegisterDecision}, {@code UserTask_RecordAlternative}): in BPMN
 * {@code ${applicantGroup.of(applicantType, municipalityCode)}}.
 */
@Component("applicantGroup")
public class ApplicantGroup {

  public String of(String applicantType, String municipalityCode) {
    return switch (ApplicantType.valueOf(applicantType)) {
      case INVESTIGATION_LEADER -> Role.investigationLeaderGroup();
      case SOCIAL_SERVICES -> Role.socialServicesGroup(municipalityCode);
    };
  }
}
