package se.betanketid.sso;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import se.betanketid.CaseFixtures;

/**
 * The read log under profile oidc, against a real Keycloak: a read with a bearer token is logged as the token's user
 * with the token's client; a refused read is not; the manager (maria through sthlm-chef) sees it, the national
 * coordination (eva) gets 403.
 */
@Tag("oidc")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OidcReadLogIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private KeycloakServer keycloak;
  private BearerCalls calls;

  @BeforeAll
  void start() throws Exception {
    keycloak = KeycloakServer.get();
    calls = new BearerCalls(OidcApp.get().baseUrl());
  }

  @Test
  void aReadWithATokenIsLoggedAsItsUserAndClientAndOnlyTheManagerSeesIt() throws Exception {
    String sara = keycloak.personToken("test-cli", "sara");
    HttpResponse<String> started = send(sara, "POST",
        "/engine-rest/process-definition/key/SocialServicesApplicationProcess/start",
        Map.of("variables", CaseFixtures.socialServicesCase()
            .with("identityDocument", "pass " + UUID.randomUUID().toString().substring(0, 8)).restVariables()));
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    String instance = JSON.readTree(started.body()).get("id").asText();
    String caseNumber = JSON.readTree(started.body()).get("businessKey").asText();

    assertThat(send(sara, "GET", "/engine-rest/process-instance/" + instance + "/variables", null).statusCode())
        .isEqualTo(200);
    assertThat(send(sara, "GET", "/api/cases/" + caseNumber, null).statusCode()).isEqualTo(200);
    String nils = keycloak.personToken("test-cli", "nils");
    assertThat(send(nils, "GET", "/engine-rest/process-instance/" + instance + "/variables", null).statusCode())
        .isIn(403, 404);

    HttpResponse<String> log = send(keycloak.personToken("test-cli", "maria"), "GET",
        "/api/read-log?case=" + caseNumber, null);
    assertThat(log.statusCode()).as(log.body()).isEqualTo(200);
    List<String> reads = new ArrayList<>();
    for (JsonNode read : JSON.readTree(log.body()).get("reads")) {
      reads.add(read.get("userId").asText() + " | " + read.get("channel").asText() + " | "
          + read.get("client").asText());
    }
    assertThat(reads).containsExactlyInAnyOrder(
        "sara | Ärendets variabler | REST-API (token, klient test-cli)",
        "sara | Ärendet som JSON (API) | Ärendesidorna (token, klient test-cli)");

    HttpResponse<String> eva = send(keycloak.personToken("test-cli", "eva"), "GET", "/api/read-log", null);
    assertThat(eva.statusCode()).isEqualTo(403);
    assertThat(eva.body()).contains("Läsloggen visas bara för chefer");
  }

  private HttpResponse<String> send(String token, String method, String path, Object body) throws Exception {
    return calls.send(token, method, path, body);
  }
}
