package se.betanketid.sso;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Calls to the application on profile oidc (OidcApp) with a bearer token of the provider (or none), as a program
 * calls the REST API and our JSON API; the whole answer (status, headers, body) comes back, to check refusals too.
 */
public final class BearerCalls {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http = HttpClient.newHttpClient();
  private final String base;

  public BearerCalls(String base) {
    this.base = base;
  }

  /** {@code method} on {@code path} with the token ({@code null}: none) and a JSON body ({@code null}: none). */
  public HttpResponse<String> send(String token, String method, String path, Object body) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    if (body != null) {
      String text = body instanceof String json ? json : JSON.writeValueAsString(body);
      request.header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(text));
    } else {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** A GET that must answer 200, as JSON. */
  public JsonNode json(String token, String path) throws Exception {
    HttpResponse<String> answer = send(token, "GET", path, null);
    assertThat(answer.statusCode()).as(path + ": " + answer.body()).isEqualTo(200);
    return JSON.readTree(answer.body());
  }
}
