package se.betanketid.identity;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The demo users of the embedded default (password = user id). Never in the prod profile, nor with single
 * sign-on (profile oidc: the users and their groups come from the provider).
 */
@Component
@Profile("!prod & !oidc")
public class DemoIdentities {

  record DemoUser(String id, String firstName, String lastName, String groupId, String groupName) {}

  static final List<DemoUser> USERS = List.of(
      new DemoUser("admin", "Admin", "Administratör", "camunda-admin", "Administratörer"),
      new DemoUser("sara", "Sara", "Socialsekreterare", "socialtjanst-0180", "Socialtjänsten Stockholm"),
      new DemoUser("nils", "Nils", "Socialsekreterare", "socialtjanst-1480", "Socialtjänsten Göteborg"),
      new DemoUser("kim", "Kim", "Regionkoordinator", "regionkoordinator-stockholm",
          "Regionkoordinatorer Stockholm"),
      new DemoUser("alva", "Alva", "Regionkoordinator", "regionkoordinator-vast", "Regionkoordinatorer Väst"),
      new DemoUser("alex", "Alex", "Förundersökningsledare", "forundersokningsledare-stockholm",
          "Förundersökningsledare polisregion Stockholm"),
      new DemoUser("maria", "Maria", "Enhetschef", "chef-0180", "Chefer socialtjänsten Stockholm"),
      new DemoUser("eva", "Eva", "Nationell samordnare", "nationell-samordning", "Nationell samordning"));

  private final IdentityService identities;

  DemoIdentities(IdentityService identities) {
    this.identities = identities;
  }

  /** Creates the demo users and groups that do not exist yet. */
  public void createIfMissing() {
    for (DemoUser demo : USERS) {
      if (identities.createGroupQuery().groupId(demo.groupId()).count() == 0) {
        Group group = identities.newGroup(demo.groupId());
        group.setName(demo.groupName());
        group.setType("WORKFLOW");
        identities.saveGroup(group);
      }
      if (identities.createUserQuery().userId(demo.id()).count() == 0) {
        User user = identities.newUser(demo.id());
        user.setFirstName(demo.firstName());
        user.setLastName(demo.lastName());
        user.setEmail(demo.id() + "@betanketid.example");
        user.setPassword(demo.id());
        identities.saveUser(user);
        identities.createMembership(demo.id(), demo.groupId());
      }
    }
  }
}
