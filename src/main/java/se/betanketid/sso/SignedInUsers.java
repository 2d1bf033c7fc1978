package se.betanketid.sso;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.camunda.bpm.engine.IdentityService;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/**
 * After a login at the provider: the person's name and e-mail (from the ID token) in Camunda's user table and
 * her memberships in our groups as the token has them now (added and removed), never a password. The webapps
 * re-read a user's groups from the identity service every few minutes, and the e-mail notices find a group's
 * members there. Then on to the page she asked for.
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
      syncMemberships(userId, GroupMapping.groupsOf(authentication.getAuthorities()));
    }
    super.onAuthenticationSuccess(request, response, authentication);
  }

  private void syncMemberships(String userId, List<String> groups) {
    Set<String> current = identities.createGroupQuery().groupMember(userId).list().stream()
        .map(Group::getId).collect(Collectors.toSet());
    for (String stale : current) {
      if (!groups.contains(stale)) {
        identities.deleteMembership(userId, stale);
      }
    }
    for (String group : groups) {
      if (!current.contains(group) && identities.createGroupQuery().groupId(group).count() > 0) {
        identities.createMembership(userId, group);
      }
    }
  }
}
