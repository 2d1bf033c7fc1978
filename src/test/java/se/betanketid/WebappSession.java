package se.betanketid;

import java.io.IOException;
import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.betanketid.RestCalls.Answer;

/**
 * A logged-in Camunda webapp session as a browser holds it (session cookie and CSRF token): Tasklist and
 * Cockpit call the engine's REST API under {@code /camunda/api/engine/engine/default/...} with it.
 */
public final class WebappSession implements HttpCalls {

  public static final String ENGINE = "/camunda/api/engine/engine/default";
  public static final String COCKPIT = "/camunda/api/cockpit/plugin/base/default";

  private static final Pattern FORM_TAG = Pattern.compile("<form\\b[^>]*>");
  private static final Pattern ACTION = Pattern.compile("\\baction=\"([^\"]+)\"");
  private final CookieManager cookies = new CookieManager();
  private final HttpClient http;
  private final String base;
  private int loginStatus;
  private List<String> authorizedApps = List.of();
  private Answer landing;

  private WebappSession(String base, HttpClient.Redirect redirects) {
    this.base = base;
    this.http = HttpClient.newBuilder().cookieHandler(new LocalCookies(cookies)).followRedirects(redirects).build();
  }

  private WebappSession(String base) {
    this(base, HttpClient.Redirect.NEVER);
  }

  /**
   * Signs in at the OpenID Connect provider (profile oidc; Keycloak's login form) as a browser does: opens
   * Tasklist, follows the redirects to the provider, posts the user's password there and follows the redirects
   * back. The session is then the webapps' and our pages' (cookies, CSRF token); {@link #loginStatus()} is the
   * status of the page she lands on (403: her groups map to none of ours).
   */
  public static WebappSession loginAtProvider(String base, String user) {
    WebappSession session = new WebappSession(base, HttpClient.Redirect.NORMAL);
    Answer loginPage = session.send(session.request("/camunda/app/tasklist/").header("Accept", "text/html").GET());
    String action = null;
    Matcher form = FORM_TAG.matcher(loginPage.body());
    while (action == null && form.find()) {
      Matcher target = ACTION.matcher(form.group());
      if (form.group().contains("kc-form-login") && target.find()) {
        action = target.group(1).replace("&amp;", "&");
      }
    }
    if (action == null) {
      throw new IllegalStateException("not the provider's login page: " + loginPage.status() + " "
          + loginPage.body());
    }
    session.landing = session.send(HttpRequest.newBuilder(URI.create(action))
        .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
        .POST(HttpRequest.BodyPublishers.ofString("username=" + encode(user) + "&password=" + encode(user)
            + "&credentialId=")));
    session.loginStatus = session.landing.status();
    Answer me = session.get("/camunda/api/admin/auth/user/default");
    if (me.status() == 200) {
      List<String> apps = new ArrayList<>();
      me.json().path("authorizedApps").forEach(app -> apps.add(app.asText()));
      session.authorizedApps = List.copyOf(apps);
    }
    return session;
  }

  /** The page the login at the provider landed on (Tasklist, or the refusal). */
  public Answer landing() {
    return landing;
  }

  /** The webapps Camunda lets this session's user open (tasklist, cockpit, admin, welcome). */
  public List<String> authorizedApps() {
    return authorizedApps;
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

  /** A GET with the Accept header a webapp sends (e.g. Tasklist's {@code application/hal+json} for a task). */
  public Answer get(String path, String accept) {
    return send(request(path).header("Accept", accept).GET());
  }

  public Answer post(String path, Object body) {
    return send(request(path).header("Content-Type", "application/json").POST(RestCalls.json(body)));
  }

  public Answer put(String path, Object body) {
    return send(request(path).header("Content-Type", "application/json").PUT(RestCalls.json(body)));
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
    return RestCalls.send(http, request);
  }


  /**
   * Keeps cookies marked Secure over plain http too, as a browser does for localhost and 127.0.0.1 (the tests'
   * provider and application run there without TLS).
   */
  private static final class LocalCookies extends CookieHandler {
    private final CookieManager cookies;

    LocalCookies(CookieManager cookies) {
      this.cookies = cookies;
    }

    @Override
    public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) throws IOException {
      return cookies.get(uri, requestHeaders);
    }

    @Override
    public void put(URI uri, Map<String, List<String>> responseHeaders) throws IOException {
      Map<String, List<String>> local = new HashMap<>();
      responseHeaders.forEach((name, values) -> local.put(name, name != null && name.equalsIgnoreCase("Set-Cookie")
          ? values.stream().map(value -> value.replaceAll("(?i);\\s*Secure\\b", "")).toList() : values));
      cookies.put(uri, local);
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
