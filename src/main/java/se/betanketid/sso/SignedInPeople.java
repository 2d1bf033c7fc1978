package se.betanketid.sso;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Who is signed in, as the provider's token says (profile oidc): the person of the current request (Spring's
 * security context: her id, name, e-mail and our groups) and the people this node has seen since it started,
 * held in memory only. Camunda's identity service answers from here (TokenIdentityProvider); nothing is
 * written to Camunda's user tables.
 */
public final class SignedInPeople {

  /** A person as her latest token described her. */
  public record Person(String id, String firstName, String lastName, String email, List<String> groups) {}

  private final Map<String, Person> seen = new ConcurrentHashMap<>();

  /** The person of the current request (and remembered as seen), if someone with a mapped group is signed in. */
  public Optional<Person> current() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication == null || !authentication.isAuthenticated() || authentication.getName() == null) {
      return Optional.empty();
    }
    List<String> groups = GroupMapping.groupsOf(authentication.getAuthorities());
    if (groups.isEmpty()) {
      return Optional.empty();
    }
    Person person = personOf(authentication, groups);
    seen.put(person.id(), person);
    return Optional.of(person);
  }

  /** Everyone this node knows: those seen, with the current person as her token says now. */
  public Collection<Person> known() {
    current();
    return List.copyOf(seen.values());
  }

  private static Person personOf(Authentication authentication, List<String> groups) {
    if (authentication.getPrincipal() instanceof OidcUser user) {
      return new Person(authentication.getName(), user.getGivenName(), user.getFamilyName(), user.getEmail(),
          groups);
    }
    if (authentication instanceof JwtAuthenticationToken jwt) {
      return new Person(authentication.getName(), jwt.getToken().getClaimAsString("given_name"),
          jwt.getToken().getClaimAsString("family_name"), jwt.getToken().getClaimAsString("email"), groups);
    }
    return new Person(authentication.getName(), null, null, null, groups);
  }
}
