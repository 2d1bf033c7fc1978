package se.betanketid.notification;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import se.betanketid.identity.Role;

/** Who receives a notification: users and the members of groups, from Camunda's identity service. */
@Component
class Recipients {

  private static final Logger LOG = LoggerFactory.getLogger(Recipients.class);

  private final IdentityService identities;

  Recipients(IdentityService identities) {
    this.identities = identities;
  }

  /**
   * The ids of the given users and the groups' members that have an e-mail address, sorted. A group's members come
   * with their addresses, so only the users named alone are looked up by id.
   */
  Set<String> resolve(Collection<String> userIds, Collection<String> groupIds) {
    Map<String, User> users = new TreeMap<>();
    String[] named = userIds.stream().filter(id -> id != null && !id.isBlank()).distinct().toArray(String[]::new);
    if (named.length > 0) {
      identities.createUserQuery().userIdIn(named).list().forEach(user -> users.put(user.getId(), user));
    }
    for (String groupId : groupIds) {
      identities.createUserQuery().memberOfGroup(groupId).list().forEach(user -> users.putIfAbsent(user.getId(), user));
    }
    Set<String> reachable = new TreeSet<>();
    for (User user : users.values()) {
      if (user.getEmail() == null || user.getEmail().isBlank()) {
        LOG.warn("User {} has no e-mail address and gets no notifications", user.getId());
      } else {
        reachable.add(user.getId());
      }
    }
    return reachable;
  }

  /** What a mail may link to for its recipient: her roles, read once per mail (one group query). */
  record Links(boolean cockpit, boolean tasks) {}

  /**
   * Whether the user may open Cockpit (a manager or an administrator): only then does a mail link to a case in
   * Cockpit; everyone else gets Tasklist links only (coordinators and social workers cannot open Cockpit). And
   * whether a link to a task in Tasklist opens for the user: not for someone who is only a manager (managers have
   * no tasks of their own and read cases in Cockpit).
   */
  Links linksFor(String userId) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    identities.createGroupQuery().groupMember(userId).list()
        .forEach(group -> Role.ofGroup(group.getId()).ifPresent(roles::add));
    return new Links(roles.contains(Role.MANAGER) || roles.contains(Role.ADMIN),
        roles.isEmpty() || !Set.of(Role.MANAGER).containsAll(roles));
  }

  /** The e-mail address of a user, or null when the user is gone or has none. */
  String emailOf(String userId) {
    User user = identities.createUserQuery().userId(userId).singleResult();
    return user == null || user.getEmail() == null || user.getEmail().isBlank() ? null : user.getEmail();
  }
}
