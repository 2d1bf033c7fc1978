package se.betanketid.identity;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The administrator account of the prod profile, from BETANKETID_ADMIN_ID / BETANKETID_ADMIN_PASSWORD.
 * The application refuses to start when the password is missing or weak. Not with profile oidc: there the
 * administrators are the provider's people in the group mapped to camunda-admin.
 */
@Component
@Profile("prod & !oidc")
public class ProductionAdmin {

  static final int MIN_LENGTH = 12;

  private final IdentityService identities;
  private final String adminId;
  private final String password;

  ProductionAdmin(IdentityService identities, @Value("${betanketid.admin.id:admin}") String adminId,
      @Value("${betanketid.admin.password:}") String password) {
    this.identities = identities;
    this.adminId = adminId;
    this.password = password;
    requireStrong(adminId, password);
  }

  static void requireStrong(String adminId, String password) {
    if (password == null || password.isBlank()) {
      throw new IllegalStateException(
          "The prod profile needs an administrator password: set BETANKETID_ADMIN_PASSWORD.");
    }
    boolean mixed = password.chars().anyMatch(Character::isUpperCase)
        && password.chars().anyMatch(Character::isLowerCase)
        && password.chars().anyMatch(c -> !Character.isLetter(c));
    if (password.length() < MIN_LENGTH || !mixed || password.toLowerCase().contains(adminId.toLowerCase())) {
      throw new IllegalStateException("BETANKETID_ADMIN_PASSWORD is too weak: use at least " + MIN_LENGTH
          + " characters with upper and lower case letters and a digit or symbol, not the user id.");
    }
  }

  /** Creates the administrator, or sets its password, and makes it a member of camunda-admin. */
  public void createOrUpdate() {
    String groupId = "camunda-admin";
    if (identities.createGroupQuery().groupId(groupId).count() == 0) {
      Group group = identities.newGroup(groupId);
      group.setName("Administratörer");
      group.setType("SYSTEM");
      identities.saveGroup(group);
    }
    User user = identities.createUserQuery().userId(adminId).singleResult();
    if (user == null) {
      user = identities.newUser(adminId);
      user.setFirstName("Admin");
      user.setLastName("Administratör");
    }
    user.setPassword(password);
    identities.saveUser(user);
    if (identities.createUserQuery().userId(adminId).memberOfGroup(groupId).count() == 0) {
      identities.createMembership(adminId, groupId);
    }
  }
}
