package se.betanketid.sso;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import se.betanketid.CaseFixtures;
import se.betanketid.RestCalls;
import se.betanketid.WebappSession;

/**
 * Profile oidc against a real Keycloak: the REST API takes the provider's bearer tokens (people's and a
 * machine's), the groups come from the token's groups claim through the group mapping, Camunda's
 * authorizations hold (Göteborg's social worker sees nothing of Stockholm's case), and bad tokens are refused
 * in Swedish without anything being created.
 */
@Tag("oidc")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OidcRestIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http = HttpClient.newHttpClient();
  private KeycloakServer keycloak;
  private OidcApp app;
  private String base;
  private BearerCalls calls;

  @BeforeAll
  void start() throws Exception {
    keycloak = KeycloakServer.get();
    app = OidcApp.get();
    base = app.baseUrl();
    calls = new BearerCalls(base);
  }

  @Test
  void camundaKnowsPeopleAndGroupsFromTheTokenAndWritesNothingOfThem() throws Exception {
    String sara = keycloak.personToken("test-cli", "sara");
    JsonNode profile = json(sara, "/engine-rest/user/sara/profile");
    assertThat(profile.get("firstName").asText()).isEqualTo("Sara");
    assertThat(profile.get("email").asText()).contains("@");
    assertThat(json(sara, "/engine-rest/group?member=sara")).extracting(group -> group.get("id").asText())
        .containsExactly("socialtjanst-0180");
    assertThat(json(sara, "/engine-rest/identity/groups?userId=sara").get("groups"))
        .extracting(group -> group.get("id").asText()).containsExactly("socialtjanst-0180");

    String nils = keycloak.personToken("test-cli", "nils");
    assertThat(send(nils, "GET", "/engine-rest/user/sara/profile", null).statusCode())
        .as("a colleague of another municipality may not read sara's profile").isEqualTo(404);
    assertThat(json(nils, "/engine-rest/user")).extracting(user -> user.get("id").asText())
        .containsExactly("nils");

    String admin = keycloak.personToken("test-cli", "admin");
    assertThat(json(admin, "/engine-rest/group")).extracting(group -> group.get("id").asText())
        .containsAll(OidcApp.GROUP_MAPPING.values());
    assertThat(send(admin, "POST", "/engine-rest/user/create",
        Map.of("profile", Map.of("id", "mallory"), "credentials", Map.of("password", "Secret-123456")))
        .statusCode()).as("the identity service is read-only").isBetween(400, 499);

    assertThat(app.identityRows()).as("Camunda's identity tables").allSatisfy((table, rows) ->
        assertThat(rows).as(table).isZero());
  }

  @Test
  void anotherMunicipalitysTokenSeesNoneOfSarasCase() throws Exception {
    String sara = keycloak.personToken("test-cli", "sara");
    HttpResponse<String> started = send(sara, "POST",
        "/engine-rest/process-definition/key/SocialServicesApplicationProcess/start",
        Map.of("variables", saraCase()));
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    String instance = JSON.readTree(started.body()).get("id").asText();

    assertThat(json(sara, "/engine-rest/history/process-instance?processInstanceId=" + instance)).hasSize(1);

    String nils = keycloak.personToken("test-cli", "nils");
    assertThat(json(nils, "/engine-rest/process-instance?processInstanceIds=" + instance)).isEmpty();
    assertThat(json(nils, "/engine-rest/history/process-instance?processInstanceId=" + instance)).isEmpty();
    assertThat(json(nils, "/engine-rest/task?processInstanceId=" + instance)).isEmpty();
    assertThat(send(nils, "GET", "/engine-rest/process-instance/" + instance + "/variables", null).statusCode())
        .isIn(403, 404);
  }

  @Test
  void machineClientCallsWithClientCredentialsAndBasicIsGone() throws Exception {
    String machine = keycloak.machineToken("migrationsverket", "migrationsverket-secret");
    HttpResponse<String> definitions =
        send(machine, "GET", "/engine-rest/process-definition?key=ReflectionPeriodProcess", null);
    assertThat(definitions.statusCode()).as(definitions.body()).isEqualTo(200);
    assertThat(JSON.readTree(definitions.body())).isNotEmpty();

    HttpResponse<String> basic = http.send(HttpRequest.newBuilder(URI.create(base + "/engine-rest/task"))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("sara:sara".getBytes()))
        .build(), HttpResponse.BodyHandlers.ofString());
    assertThat(basic.statusCode()).isEqualTo(401);
  }

  @Test
  void noForgedOrExpiredTokenGetsIn() throws Exception {
    assertRefused(null, 401, "Logga in");

    String sara = keycloak.personToken("test-cli", "sara");
    String[] parts = sara.split("\\.");
    String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
        .replace("\"sthlm-socialtjanst\"", "\"betanketid-admin\"");
    String altered = parts[0] + "." + base64(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
    assertRefused(altered, 401, "Logga in");
    assertRefused(selfSigned(payload), 401, "Logga in");

    String shortLived = keycloak.personToken("test-cli-short", "sara");
    Thread.sleep(2500); // lives one second; the app allows no clock skew in this test
    assertRefused(shortLived, 401, "Logga in");

    String admin = keycloak.personToken("test-cli", "admin");
    long before = count(admin);
    for (String bad : List.of(altered, selfSigned(payload), shortLived)) {
      HttpResponse<String> start = send(bad, "POST",
          "/engine-rest/process-definition/key/SocialServicesApplicationProcess/start",
          Map.of("variables", saraCase()));
      assertThat(start.statusCode()).as(start.body()).isEqualTo(401);
      assertThat(JSON.readTree(start.body()).get("message").asText()).contains("Logga in");
    }
    assertThat(count(admin)).as("no case started by a bad token").isEqualTo(before);
  }

  @Test
  void tokenWithoutGroupsOrWithUnmappedGroupIsForbiddenAndCreatesNothing() throws Exception {
    String admin = keycloak.personToken("test-cli", "admin");
    long before = count(admin);
    for (String token : List.of(keycloak.personToken("test-cli-nogroups", "sara"),
        keycloak.personToken("test-cli", "ove"), keycloak.personToken("test-cli", "lena"))) {
      HttpResponse<String> start = send(token, "POST",
          "/engine-rest/process-definition/key/SocialServicesApplicationProcess/start",
          Map.of("variables", saraCase()));
      assertThat(start.statusCode()).isEqualTo(403);
      assertThat(JSON.readTree(start.body()).get("message").asText()).contains("ingen behörighet");
      assertRefused(token, 403, "ingen behörighet");
    }
    assertThat(count(admin)).isEqualTo(before);
  }

  /**
   * People: a login at the provider whose groups map to none of ours (ove: an unmapped group; lena: none, so no
   * groups claim) lands on the Swedish page "Ingen behörighet", gets it for our pages and Tasklist too, and
   * starts nothing through Tasklist's API; a program's forged or expired token on our JSON API gets 401 in
   * Swedish, as on the REST API.
   */
  @Test
  void peopleWithoutAMappedGroupGetASwedishPageAndCreateNothing() throws Exception {
    String admin = keycloak.personToken("test-cli", "admin");
    long before = count(admin);
    for (String user : List.of("ove", "lena")) {
      WebappSession session = WebappSession.loginAtProvider(base, user);
      for (RestCalls.Answer page : List.of(session.landing(), session.get("/cases"),
          session.get("/camunda/app/tasklist/default/"), session.get("/cases/read-log"))) {
        assertThat(page.status()).as("%s: %s", user, page.body()).isEqualTo(403);
        assertThat(page.body()).contains("<html lang=\"sv\"", "Ingen behörighet", "ingen av dina grupper");
      }
      RestCalls.Answer start = session.post(WebappSession.ENGINE
          + "/process-definition/key/SocialServicesApplicationProcess/submit-form", Map.of("variables", saraCase()));
      assertThat(start.status()).as("%s starts a case through Tasklist: %s", user, start.body()).isEqualTo(403);
    }
    assertThat(count(admin)).as("no case started by people without a mapped group").isEqualTo(before);

    String sara = keycloak.personToken("test-cli", "sara");
    String[] parts = sara.split("\\.");
    String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
    String shortLived = keycloak.personToken("test-cli-short", "sara");
    Thread.sleep(2500);
    for (String bad : List.of(selfSigned(payload), parts[0] + "." + base64(payload.replace("\"sara\"", "\"maria\"")
        .getBytes(StandardCharsets.UTF_8)) + "." + parts[2], shortLived)) {
      HttpResponse<String> answer = send(bad, "GET", "/api/cases", null);
      assertThat(answer.statusCode()).as(answer.body()).isEqualTo(401);
      assertThat(JSON.readTree(answer.body()).get("message").asText()).contains("Logga in");
    }
    HttpResponse<String> unmapped = send(keycloak.personToken("test-cli", "ove"), "GET", "/api/cases", null);
    assertThat(unmapped.statusCode()).isEqualTo(403);
    assertThat(JSON.readTree(unmapped.body()).get("message").asText()).contains("ingen behörighet");
  }

  private long count(String token) throws Exception {
    HttpResponse<String> answer = send(token, "GET", "/engine-rest/history/process-instance/count", null);
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return JSON.readTree(answer.body()).get("count").asLong();
  }

  private void assertRefused(String token, int status, String swedish) throws Exception {
    HttpResponse<String> answer = send(token, "GET", "/engine-rest/task", null);
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
    assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/json"));
    assertThat(JSON.readTree(answer.body()).get("message").asText()).contains(swedish);
  }

  private Map<String, Object> saraCase() {
    return CaseFixtures.socialServicesCase()
        .with("identityDocument", "pass " + UUID.randomUUID().toString().substring(0, 8)).restVariables();
  }

  private JsonNode json(String token, String path) throws Exception {
    return calls.json(token, path);
  }

  private HttpResponse<String> send(String token, String method, String path, Object body) throws Exception {
    return calls.send(token, method, path, body);
  }

  /** A token with Keycloak's header and the payload, signed with a key of our own. */
  private static String selfSigned(String payload) throws Exception {
    var keys = KeyPairGenerator.getInstance("RSA");
    keys.initialize(2048);
    Signature signer = Signature.getInstance("SHA256withRSA");
    signer.initSign(keys.generateKeyPair().getPrivate());
    Map<String, Object> header = new LinkedHashMap<>(Map.of("alg", "RS256", "typ", "JWT"));
    String unsigned = base64(JSON.writeValueAsBytes(header)) + "." + base64(payload.getBytes(StandardCharsets.UTF_8));
    signer.update(unsigned.getBytes(StandardCharsets.US_ASCII));
    return unsigned + "." + base64(signer.sign());
  }

  private static String base64(byte[] bytes) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
