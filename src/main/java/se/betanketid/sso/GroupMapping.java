package se.betanketid.sso;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The one place where the provider's groups (a claim of its tokens) become our groups, by
 * betanketid.oidc.group-mapping. Our groups travel in Spring Security's authentication as authorities
 * {@value #PREFIX}&lt;group&gt;, from where Camunda (SecurityContextAuthentication) and our own endpoints
 * (OidcCallers) read them.
 */
public final class GroupMapping {

  public static final String PREFIX = "GROUP_";

  private final Map<String, String> mapping;

  public GroupMapping(Map<String, String> mapping) {
    this.mapping = Map.copyOf(mapping);
  }

  /** Our groups for the claim's value (a list of names or ids, or one string); none for a missing claim. */
  public Set<String> ourGroups(Object claim) {
    Collection<?> providerGroups = claim instanceof Collection<?> many ? many
        : claim instanceof String one ? List.of(one) : List.of();
    return providerGroups.stream().filter(Objects::nonNull).map(Object::toString)
        .map(group -> mapping.get(group.startsWith("/") ? group.substring(1) : group))
        .filter(Objects::nonNull)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  public List<GrantedAuthority> authorities(Object claim) {
    return ourGroups(claim).stream().<GrantedAuthority>map(group -> new SimpleGrantedAuthority(PREFIX + group))
        .toList();
  }

  /** Our groups among an authentication's authorities. */
  public static List<String> groupsOf(Collection<? extends GrantedAuthority> authorities) {
    return authorities.stream().map(GrantedAuthority::getAuthority)
        .filter(authority -> authority.startsWith(PREFIX))
        .map(authority -> authority.substring(PREFIX.length())).toList();
  }
}
