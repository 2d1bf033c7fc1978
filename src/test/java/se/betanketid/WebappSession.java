package se.betanketid;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import se.betanketid.RestCalls.Answer;

/**
 * A logged-in Camunda webapp session as a browser holds it (session cookie and CSRF token): Tasklist and
 * Cockpit call the engine's REST API under {@code /camunda/api/engine/engine/default/...} with it.
 */
public final class WebappSession {

  public static final String ENGINE = "/camunda/api/engine/engine/default";
  public static final String COCKPIT = "/camunda/api/cockpit/plugin/base/default";

  private static final ObjectMapper JSON = new ObjectMapper();
  private final CookieManager cookies = new CookieManager();
  private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).build();
  private final String base;
  private int loginStatus;

  private WebappSession(String base) {
    this.base = base;
  }

  /** Logs into the app as its login page does; the session stays anonymous when the login is refused. */
  public static WebappSession login(String base, String user, String app) {
    WebappSession session = new WebappSession(base);
    session.send(HttpRequest.newBuilder(URI.create(base + "/camunda/app/" + app + "/")).GET());
    String form = "username=" + encode(user) + "&password=" + encode(user);
    session.loginStatus = session.send(session.request("/camunda/api/admin/auth/user/default/login/" + app)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form))).status();
    // the login starts a new session: its CSRF token comes with the next answer, as the app's first GET gets it
    session.get("/camunda/api/admin/auth/user/default");
    return session;
  }

  public int loginStatus() {
    return loginStatus;
  }

  public Answer get(String path) {
    return send(request(path).GET());
  }

  public Answer post(String path, Object body) {
    try {
      return send(request(path).header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  public Answer put(String path, Object body) {
    try {
      return send(request(path).header("Content-Type", "application/json")
          .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** A body sent as it is (e.g. malformed JSON). */
  public Answer postText(String path, String body) {
    return send(request(path).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path));
    cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals("XSRF-TOKEN"))
        .map(HttpCookie::getValue).findFirst().ifPresent(token -> builder.header("X-XSRF-TOKEN", token));
    return builder;
  }

  private Answer send(HttpRequest.Builder request) {
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

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
