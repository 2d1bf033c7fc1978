package se.betanketid.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import se.betanketid.HttpCalls;
import se.betanketid.ProcessTestCase;
import se.betanketid.RestCalls;
import se.betanketid.WebappSession;
import se.betanketid.casefile.MatrixPeople.Person;
import se.betanketid.casefile.MatrixRows.Door;
import se.betanketid.identity.RoleAuthorizations;

/**
 * The access matrix (AccessMatrix: every person × every row × every case) in the embedded default: the REST
 * API, our JSON API and pages with HTTP Basic, Tasklist and Cockpit through Camunda's own login. The people are
 * the demo users, with mats and leo added here.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixIT extends ProcessTestCase {

  @Autowired RoleAuthorizations roles;

  private AccessMatrix matrix;
  private final Map<String, WebappSession> sessions = new HashMap<>();
  private final Map<String, RestCalls> rests = new HashMap<>();

  @BeforeAll
  void startCases() {
    ensureMember("mats", "chef-1480", "Chefer socialtjänsten Göteborg");
    ensureMember("leo", "forundersokningsledare-vast", "Förundersökningsledare polisregion Väst");
    for (Person person : MatrixPeople.ALL) {
      assertThat(identityService.createGroupQuery().groupMember(person.id()).list()).extracting(Group::getId)
          .as("the groups of %s", person.id()).containsExactlyInAnyOrderElementsOf(person.groups());
    }
    matrix = new AccessMatrix("HTTP Basic, Camunda's login", new AccessMatrix.Doors() {
      public HttpCalls caller(String user, Door door) {
        if (door == Door.REST || door == Door.PAGE) {
          return rest(user);
        }
        // refused at Cockpit's login, she still has her Tasklist session: Cockpit's API must refuse that too
        WebappSession session = session(user, door);
        return session.loginStatus() == 200 ? session : session(user, Door.TASKLIST);
      }

      public boolean letsIn(String user, Door door) {
        return session(user, door).loginStatus() == 200;
      }

      public RestCalls rest(String user) {
        return rests.computeIfAbsent(user, AccessMatrixIT.this::rest);
      }
    });
  }

  Stream<Arguments> everyPersonAndCase() {
    return AccessMatrix.everyPersonAndCase();
  }

  @ParameterizedTest(name = "{0} × ärende {1}")
  @MethodSource("everyPersonAndCase")
  void seesAndActsOnlyWhereTheCaseAllows(String user, int caseIndex) {
    matrix.walk(user, caseIndex);
  }

  @AfterAll
  void summary() {
    if (matrix != null) {
      matrix.summary();
    }
  }

  private WebappSession session(String user, Door door) {
    String app = door == Door.COCKPIT ? "cockpit" : "tasklist";
    return sessions.computeIfAbsent(user + " " + app,
        key -> WebappSession.login("http://localhost:" + port, user, app));
  }

  private void ensureMember(String user, String groupId, String groupName) {
    if (identityService.createGroupQuery().groupId(groupId).count() == 0) {
      Group group = identityService.newGroup(groupId);
      group.setName(groupName);
      group.setType("WORKFLOW");
      identityService.saveGroup(group);
    }
    if (identityService.createUserQuery().userId(user).count() == 0) {
      org.camunda.bpm.engine.identity.User created = identityService.newUser(user);
      created.setPassword(user);
      created.setEmail(user + "@betanketid.example");
      identityService.saveUser(created);
      identityService.createMembership(user, groupId);
    }
    roles.grant(groupId);
  }
}
