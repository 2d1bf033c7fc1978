package se.betanketid.casefile;

import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.betanketid.identity.ProcessRight;
import se.betanketid.identity.Role;

/** Which role may start or work on which of the case's processes (granted by {@code identity.RoleAuthorizations}). */
@Configuration
class CaseProcessRights {

  @Bean
  ProcessRight socialWorkersOpenSocialServicesCases() {
    return ProcessRight.mayStart(Role.SOCIAL_WORKER, CaseProcesses.SOCIAL_SERVICES_APPLICATION);
  }

  @Bean
  ProcessRight investigationLeadersOpenTheirCases() {
    return ProcessRight.mayStart(Role.INVESTIGATION_LEADER, CaseProcesses.INVESTIGATION_LEADER_APPLICATION);
  }

  /** Migrationsverket's integration delivers the decision to a waiting reflection period. */
  @Bean
  ProcessRight decisionIntegrationDeliversDecisions() {
    return ProcessRight.of(Role.DECISION_INTEGRATION, CaseProcesses.REFLECTION_PERIOD,
        ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.READ_INSTANCE,
        ProcessDefinitionPermissions.UPDATE_INSTANCE);
  }
}
