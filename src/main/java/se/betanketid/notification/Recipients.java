package se.betanketid.notification;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Who receives a notification: users and the members of groups, from Camunda's identity service. */
@Component
class Recipients {

  private static final Logger LOG = LoggerFactory.getLogger(Recipients.class);

  private final IdentityService identities;

  Recipients(IdentityService identities) {
    this.identities = identities;
  }

  /** The ids of the given users and the groups' members that have an e-mail address, sorted. */
  Set<String> resolve(Collection<String> userIds, Collection<String> groupIds) {
    Set<String> ids = new TreeSet<>();
    userIds.stream().filter(id -> id != null && !id.isBlank()).forEach(ids::add);
    for (String groupId : groupIds) {
      identities.createUserQuery().memberOfGroup(groupId).list().forEach(user -> ids.add(user.getId()));
    }
    Set<String> reachable = new TreeSet<>();
    if (ids.isEmpty()) {
      return reachable;
    }
    for (User user : identities.createUserQuery().userIdIn(ids.toArray(String[]::new)).list()) {
      if (user.getEmail() == null || user.getEmail().isBlank()) {
        LOG.warn("User {} has no e-mail address and gets no notifications", user.getId());
      } else {
        reachable.add(user.getId());
      }
    }
    return reachable;
  }

  /**
   * Whether the user may open Cockpit (a manager or an administrator): only then does a mail link to a case in
   * Cockpit; everyone else gets Tasklist links only (coordinators and social workers cannot open Cockpit).
   */
  boolean mayUseCockpit(String userId) {
    java.util.Set<se.betanketid.identity.Role> roles = rolesOf(userId);
    return roles.contains(se.betanketid.identity.Role.MANAGER) || roles.contains(se.betanketid.identity.Role.ADMIN);
  }

  /**
   * Whether a link to a task in Tasklist opens for the user: not for someone who is only a manager (managers have
   * no tasks of their own and read cases in Cockpit).
   */
  boolean mayOpenTasks(String userId) {
    java.util.Set<se.betanketid.identity.Role> roles = rolesOf(userId);
    return roles.isEmpty() || !java.util.Set.of(se.betanketid.identity.Role.MANAGER).containsAll(roles);
  }

  private java.util.Set<se.betanketid.identity.Role> rolesOf(String userId) {
    java.util.Set<se.betanketid.identity.Role> roles = java.util.EnumSet.noneOf(se.betanketid.identity.Role.class);
    identities.createGroupQuery().groupMember(userId).list()
        .forEach(group -> se.betanketid.identity.Role.ofGroup(group.getId()).ifPresent(roles::add));
    return roles;
  }

  /** The e-mail address of a user, or null when the user is gone or has none. */
  String emailOf(String userId) {
    User user = identities.createUserQuery().userId(userId).singleResult();
    return user == null || user.getEmail() == null || user.getEmail().isBlank() ? null : user.getEmail();
  }
}
