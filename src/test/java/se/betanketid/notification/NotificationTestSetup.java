package se.betanketid.notification;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;

/**
 * The notification tests' own world, apart from other tests: the test processes, and users of Luleå
 * (2580, police region nord) with e-mail addresses at test.example (one without an address).
 */
final class NotificationTestSetup {

  static final String MUNICIPALITY = "2580";
  static final String REGION = "nord";
  static final String SOCIAL_WORKERS = "socialtjanst-" + MUNICIPALITY;
  static final String MANAGERS = "chef-" + MUNICIPALITY;
  static final String COORDINATORS = "regionkoordinator-" + REGION;
  static final String TEST_PROCESS = "NotificationTestProcess";
  static final String CHILD_TEST_PROCESS = "NotificationChildTestProcess";

  private NotificationTestSetup() {}

  static synchronized void ensure(RepositoryService repository, IdentityService identities) {
    if (repository.createProcessDefinitionQuery().processDefinitionKey(TEST_PROCESS).count() == 0) {
      repository.createDeployment().name("notification-tests")
          .addClasspathResource("notification/" + TEST_PROCESS + ".bpmn")
          .addClasspathResource("notification/" + CHILD_TEST_PROCESS + ".bpmn")
          .deploy();
    }
    group(identities, SOCIAL_WORKERS);
    group(identities, MANAGERS);
    group(identities, COORDINATORS);
    user(identities, "ntsw1", SOCIAL_WORKERS, true);
    user(identities, "ntsw2", SOCIAL_WORKERS, true);
    user(identities, "ntnomail", SOCIAL_WORKERS, false);
    user(identities, "ntchef", MANAGERS, true);
    user(identities, "ntkoord", COORDINATORS, true);
    user(identities, "ntother", null, true);
  }

  static String address(String userId) {
    return userId + "@test.example";
  }

  private static void group(IdentityService identities, String groupId) {
    if (identities.createGroupQuery().groupId(groupId).count() == 0) {
      Group group = identities.newGroup(groupId);
      group.setName(groupId);
      group.setType("WORKFLOW");
      identities.saveGroup(group);
    }
  }

  private static void user(IdentityService identities, String userId, String groupId, boolean withEmail) {
    if (identities.createUserQuery().userId(userId).count() == 0) {
      User user = identities.newUser(userId);
      user.setFirstName("Test");
      user.setLastName(userId);
      user.setEmail(withEmail ? address(userId) : null);
      user.setPassword(userId);
      identities.saveUser(user);
      if (groupId != null) {
        identities.createMembership(userId, groupId);
      }
    }
  }
}
