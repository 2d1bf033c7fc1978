package se.betanketid.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.betanketid.HttpCalls;
import se.betanketid.RestCalls;
import se.betanketid.WebappSession;
import se.betanketid.casefile.MatrixPeople.Person;
import se.betanketid.casefile.MatrixRows.Door;
import se.betanketid.sso.KeycloakServer;
import se.betanketid.sso.OidcApp;

/**
 * The access matrix (AccessMatrix: every person × every row × every case, the same rows and expectations as
 * AccessMatrixIT) under single sign-on: profile oidc against a real Keycloak. The people are the test realm's
 * users, whose provider groups become ours through the group mapping (sso.OidcApp.GROUP_MAPPING). The REST API
 * and our JSON API are called with each person's bearer token; our pages, Tasklist and Cockpit with the session
 * of her login at the provider (authorization code flow, the provider's login form).
 */
@Tag("oidc")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OidcAccessMatrixIT {

  /** Tokens live 5 minutes in the realm: a fresh one after two. */
  private static final long TOKEN_NANOS = 120_000_000_000L;

  private KeycloakServer keycloak;
  private String base;
  private AccessMatrix matrix;
  private final Map<String, WebappSession> sessions = new HashMap<>();
  private final Map<String, RestCalls> rests = new HashMap<>();
  private final Map<String, Long> fetched = new HashMap<>();

  @BeforeAll
  void startCases() throws Exception {
    keycloak = KeycloakServer.get();
    base = OidcApp.get().baseUrl();
    for (Person person : MatrixPeople.ALL) {
      List<String> groups = MatrixCases.list(rest(person.id()).get("/engine-rest/group?member=" + person.id()))
          .stream().map(group -> group.get("id").asText()).toList();
      assertThat(groups).as("the groups of %s, from her token's groups claim through the mapping", person.id())
          .containsExactlyInAnyOrderElementsOf(person.groups());
    }
    matrix = new AccessMatrix("OpenID Connect: bearer tokens, login at the provider", new AccessMatrix.Doors() {
      public HttpCalls caller(String user, Door door) {
        return door == Door.REST ? rest(user) : session(user);
      }

      public boolean letsIn(String user, Door door) {
        return session(user).authorizedApps().contains(door == Door.COCKPIT ? "cockpit" : "tasklist");
      }

      public RestCalls rest(String user) {
        return OidcAccessMatrixIT.this.rest(user);
      }
    });
  }

  Stream<Arguments> everyPersonAndCase() {
    return AccessMatrix.everyPersonAndCase();
  }

  @ParameterizedTest(name = "{0} × ärende {1} (oidc)")
  @MethodSource("everyPersonAndCase")
  void seesAndActsOnlyWhereTheCaseAllowsWithTheProvidersLogin(String user, int caseIndex) {
    matrix.walk(user, caseIndex);
  }

  @AfterAll
  void summary() {
    if (matrix != null) {
      matrix.summary();
    }
  }

  /** The person's calls with an access token of hers (a fresh one when hers is two minutes old). */
  private synchronized RestCalls rest(String user) {
    long now = System.nanoTime();
    if (!rests.containsKey(user) || now - fetched.get(user) > TOKEN_NANOS) {
      rests.put(user, RestCalls.bearer(base, keycloak.personToken("test-cli", user)));
      fetched.put(user, now);
    }
    return rests.get(user);
  }

  /** The person's session after her login at the provider: our pages, Tasklist and Cockpit. */
  private WebappSession session(String user) {
    return sessions.computeIfAbsent(user, key -> {
      WebappSession session = WebappSession.loginAtProvider(base, user);
      // the login lands on Tasklist: Camunda refuses it (403) to a role without Tasklist, the login stands
      assertThat(session.loginStatus()).as("%s's login at the provider, landing on Tasklist", user)
          .isEqualTo(MatrixPeople.USERS.contains(user) && !MatrixPeople.of(user).opens(Door.TASKLIST) ? 403 : 200);
      return session;
    });
  }
}
