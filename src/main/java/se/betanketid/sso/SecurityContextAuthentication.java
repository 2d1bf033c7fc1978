package se.betanketid.sso;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Tells Camunda (the webapps' ContainerBasedAuthenticationFilter, the REST API's
 * ProcessEngineAuthenticationFilter) who Spring Security has authenticated: the user id from the token's user
 * claim and our groups from its groups claim (GroupMapping). Camunda's authorizations then check those groups;
 * the engine does not look them up. Camunda creates this class by its name, so it has no dependencies.
 */
public class SecurityContextAuthentication implements AuthenticationProvider {

  @Override
  public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication == null || !authentication.isAuthenticated() || authentication.getName() == null) {
      return AuthenticationResult.unsuccessful();
    }
    List<String> groups = GroupMapping.groupsOf(authentication.getAuthorities());
    if (groups.isEmpty()) {
      return AuthenticationResult.unsuccessful(authentication.getName());
    }
    AuthenticationResult result = AuthenticationResult.successful(authentication.getName());
    result.setGroups(groups);
    result.setTenants(List.of());
    return result;
  }

  @Override
  public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
    response.setHeader("WWW-Authenticate", "Bearer");
  }
}
