package se.betanketid.system;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import se.betanketid.identity.Role;

/** Who is calling one of our own endpoints (dashboard, statistics, metrics), and in which groups. */
public record Caller(String userId, Set<String> groups) {

  /** The request attribute under which {@link CallerFilter} leaves the caller for the controllers. */
  public static final String REQUEST_ATTRIBUTE = "se.betanketid.system.Caller";

  public Caller(String userId, List<String> groups) {
    this(userId, Set.copyOf(groups));
  }

  public boolean isMemberOf(String groupId) {
    return groups.contains(groupId);
  }

  public boolean hasRole(Role role) {
    return groups.stream().anyMatch(group -> Role.ofGroup(group).filter(role::equals).isPresent());
  }

  /** The scopes (municipality codes, regions) of the caller's groups of a role, e.g. 0180 for chef-0180. */
  public Set<String> scopesOf(Role role) {
    return groups.stream()
        .filter(group -> Role.ofGroup(group).filter(role::equals).isPresent())
        .map(role::scopeOf)
        .filter(scope -> !scope.isEmpty())
        .collect(Collectors.toUnmodifiableSet());
  }
}
