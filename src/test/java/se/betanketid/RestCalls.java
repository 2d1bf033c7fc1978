package se.betanketid;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Calls the REST API as a user, with HTTP Basic auth, and reads JSON answers. */
public class RestCalls implements HttpCalls {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http = HttpClient.newHttpClient();
  private final String base;
  private String authorization;

  public RestCalls(String base, String user) {
    this.base = base;
    this.authorization = user == null ? null
        : "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
  }

  /** Calls with the provider's access token (profile oidc) instead of Basic. */
  public static RestCalls bearer(String base, String token) {
    RestCalls calls = new RestCalls(base, null);
    calls.authorization = "Bearer " + token;
    return calls;
  }

  public record Answer(int status, String body) {
    public JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (Exception e) {
        throw new IllegalStateException("Not JSON: " + body, e);
      }
    }
  }

  public Answer get(String path) {
    return send(request(path).GET());
  }

  /** A JSON body: a String as it is, anything else as Jackson writes it. */
  public Answer post(String path, Object body) {
    return send(request(path).header("Content-Type", "application/json")
        .POST(body instanceof String text ? HttpRequest.BodyPublishers.ofString(text) : json(body)));
  }

  /** Deploys one resource through POST /engine-rest/deployment/create (multipart). */
  public Answer deploy(String deploymentName, String fileName, byte[] content) {
    String boundary = "----betanketid" + System.nanoTime();
    java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
    java.util.function.Consumer<String> text = s -> body.writeBytes(s.getBytes(StandardCharsets.UTF_8));
    text.accept("--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\n"
        + deploymentName + "\r\n");
    text.accept("--" + boundary + "\r\nContent-Disposition: form-data; name=\"deploy-changed-only\"\r\n\r\n"
        + "true\r\n");
    text.accept("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileName + "\"; filename=\""
        + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
    body.writeBytes(content);
    text.accept("\r\n--" + boundary + "--\r\n");
    return send(request("/engine-rest/deployment/create")
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
  }

  public Answer put(String path, Object body) {
    return send(request(path).header("Content-Type", "application/json").PUT(json(body)));
  }

  public Answer delete(String path) {
    return send(request(path).DELETE());
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path));
    if (authorization != null) {
      builder.header("Authorization", authorization);
    }
    return builder;
  }

  private Answer send(HttpRequest.Builder request) {
    return send(http, request);
  }

  /** The body as JSON (also for {@link WebappSession}). */
  static HttpRequest.BodyPublisher json(Object body) {
    try {
      return HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** Sends the request, the answer's status and body (also for {@link WebappSession}). */
  static Answer send(HttpClient http, HttpRequest.Builder request) {
    try {
      HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Answer(response.statusCode(), response.body());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

}
