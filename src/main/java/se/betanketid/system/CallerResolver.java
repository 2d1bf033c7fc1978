package se.betanketid.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.stereotype.Component;

/**
 * Finds out who is calling: HTTP Basic credentials checked against Camunda's identity service, or else the
 * user logged into the Camunda webapps (Tasklist, Cockpit) in this browser session. Groups come from the
 * identity service (Basic) or from the webapp's session (which refreshes them itself). With single sign-on
 * (profile oidc) a {@link CallerSource} answers instead.
 */
@Component
public class CallerResolver {

  private static final String BASIC = "basic ";

  private final ProcessEngine engine;
  private final IdentityService identities;
  private final Optional<CallerSource> source;

  CallerResolver(ProcessEngine engine, IdentityService identities, Optional<CallerSource> source) {
    this.engine = engine;
    this.identities = identities;
    this.source = source;
  }

  public Optional<Caller> resolve(HttpServletRequest request) {
    if (source.isPresent()) {
      return source.get().resolve(request);
    }
    String header = request.getHeader("Authorization");
    if (header != null && header.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
      return fromBasic(header.substring(BASIC.length()).trim());
    }
    return fromWebappSession(request.getSession(false));
  }

  private Optional<Caller> fromBasic(String encoded) {
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException notBase64) {
      return Optional.empty();
    }
    int colon = decoded.indexOf(':');
    if (colon <= 0) {
      return Optional.empty();
    }
    String userId = decoded.substring(0, colon);
    if (!identities.checkPassword(userId, decoded.substring(colon + 1))) {
      return Optional.empty();
    }
    List<String> groups = identities.createGroupQuery().groupMember(userId).list().stream()
        .map(Group::getId).toList();
    return Optional.of(new Caller(userId, groups));
  }

  private Optional<Caller> fromWebappSession(HttpSession session) {
    if (session == null) {
      return Optional.empty();
    }
    Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
    Authentication authentication = authentications == null ? null
        : authentications.getAuthenticationForProcessEngine(engine.getName());
    if (authentication instanceof UserAuthentication user && user.getGroupIds() != null) {
      return Optional.of(new Caller(user.getName(), user.getGroupIds()));
    }
    return Optional.empty();
  }
}
