package se.betanketid.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import se.betanketid.resilience.PackagedApp;

/**
 * The prod profile behind a TLS proxy, run as the packaged jar (a second application in the test JVM would
 * take over Camunda's JVM-wide webapp registry): HSTS, secure same-site session cookies, CSRF protection on
 * the webapps, and no REST API without authentication.
 */
@Tag("separate-jvm") // another engine "default" in the JVM of the shared context would fail to start
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProdWebSecurityIT {

  static final String ADMIN_PASSWORD = "Ett-Starkt-L0senord";
  private PackagedApp app;
  private String base;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  void startProd() throws Exception {
    Path data = Files.createTempDirectory(Path.of("target"), "prod-web-security-");
    app = new PackagedApp(Map.of("spring.profiles.active", "prod",
        "spring.datasource.url", "jdbc:h2:file:" + data.toAbsolutePath() + "/betanketid",
        "BETANKETID_ADMIN_PASSWORD", ADMIN_PASSWORD, "SMTP_HOST", "localhost", "SMTP_PORT", "1",
        "MAIL_FROM", "betanketid@example.org",
        "TASKLIST_URL", "https://betanketid.example.org/camunda/app/tasklist/default/")).start();
    base = "http://localhost:" + app.port();
  }

  @AfterAll
  void stop() throws InterruptedException {
    app.stop();
  }

  @Test
  void restApiNeedsAuthentication() throws Exception {
    assertThat(send(HttpRequest.newBuilder(URI.create(base + "/engine-rest/task"))).statusCode()).isEqualTo(401);
    assertThat(send(HttpRequest.newBuilder(URI.create(base + "/engine-rest/task"))
        .header("Authorization", basic("admin", ADMIN_PASSWORD))).statusCode()).isEqualTo(200);
  }

  @Test
  void webappsSendHstsAndSecureSameSiteCookiesAndRequireCsrfTokens() throws Exception {
    HttpResponse<String> page = send(secure(base + "/camunda/app/tasklist/default/"));
    assertThat(page.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(
        hsts -> assertThat(hsts).contains("max-age=31536000"));
    List<String> cookies = page.headers().allValues("Set-Cookie");
    String xsrf = cookies.stream().filter(c -> c.startsWith("XSRF-TOKEN=")).findFirst().orElseThrow();
    String token = xsrf.substring("XSRF-TOKEN=".length(), xsrf.indexOf(';'));
    String session = cookies.stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
    assertThat(session).contains("Secure").containsIgnoringCase("SameSite=Strict").contains("HttpOnly");

    String login = base + "/camunda/api/admin/auth/user/default/login/tasklist";
    String form = "username=admin&password=" + ADMIN_PASSWORD;
    HttpResponse<String> withToken = send(secure(login).header("Cookie", cookie(session) + "; " + cookie(xsrf))
        .header("X-XSRF-TOKEN", token).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)));
    assertThat(withToken.statusCode()).as(withToken.body()).isEqualTo(200);

    HttpResponse<String> fresh = send(secure(base + "/camunda/app/tasklist/default/"));
    String freshSession = fresh.headers().allValues("Set-Cookie").stream()
        .filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
    HttpResponse<String> withoutToken = send(secure(login).header("Cookie", cookie(freshSession))
        .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)));
    assertThat(withoutToken.statusCode()).isEqualTo(403);
  }

  private static String cookie(String setCookie) {
    return setCookie.substring(0, setCookie.indexOf(';'));
  }

  private static HttpRequest.Builder secure(String url) {
    return HttpRequest.newBuilder(URI.create(url)).header("X-Forwarded-Proto", "https");
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String basic(String user, String password) {
    return "Basic " + java.util.Base64.getEncoder().encodeToString((user + ":" + password).getBytes());
  }
}
