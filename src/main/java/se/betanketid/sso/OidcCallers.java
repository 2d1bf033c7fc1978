package se.betanketid.sso;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import org.springframework.context.annotation.Profile;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import se.betanketid.system.Caller;
import se.betanketid.system.CallerSource;

/** Profile oidc: the caller of our own endpoints (dashboard, statistics, documents, metrics) from the login. */
@Component
@Profile("oidc")
class OidcCallers implements CallerSource {

  @Override
  public Optional<Caller> resolve(HttpServletRequest request) {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication == null || !authentication.isAuthenticated()) {
      return Optional.empty();
    }
    List<String> groups = GroupMapping.groupsOf(authentication.getAuthorities());
    return groups.isEmpty() ? Optional.empty() : Optional.of(new Caller(authentication.getName(), groups));
  }
}
