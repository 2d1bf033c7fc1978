package se.betanketid.sso;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/**
 * After a login at the provider: the person's name and e-mail (from the ID token) in Camunda's user table,
 * so that Tasklist and Cockpit show a name; never a password. Then on to the page she asked for.
 */
class SignedInUsers extends SavedRequestAwareAuthenticationSuccessHandler {

  private final IdentityService identities;

  SignedInUsers(IdentityService identities) {
    this.identities = identities;
  }

  @Override
  public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
      Authentication authentication) throws ServletException, IOException {
    if (authentication.getPrincipal() instanceof OidcUser person) {
      String userId = authentication.getName();
      User user = identities.createUserQuery().userId(userId).singleResult();
      if (user == null) {
        user = identities.newUser(userId);
      }
      user.setFirstName(person.getGivenName());
      user.setLastName(person.getFamilyName());
      user.setEmail(person.getEmail());
      identities.saveUser(user);
    }
    super.onAuthenticationSuccess(request, response, authentication);
  }
}
