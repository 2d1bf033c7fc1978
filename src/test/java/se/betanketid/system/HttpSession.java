package se.betanketid.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A browser-like HTTP client for the security tests: Basic auth for the REST API, cookies and CSRF for the webapps. */
class HttpSession {

  record Reply(int status, String body, Map<String, List<String>> headers) {
    String header(String name) {
      return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
          .flatMap(e -> e.getValue().stream()).findFirst().orElse("");
    }
  }

  private final String baseUrl;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient http;
  private final List<String> setCookies = new ArrayList<>();

  HttpSession(String baseUrl) {
    this.baseUrl = baseUrl;
    this.http = HttpClient.newBuilder().cookieHandler(cookies).build();
  }

  Reply get(String path, String credentials) {
    return send(request(path, credentials).GET());
  }

  Reply delete(String path, String credentials) {
    return send(request(path, credentials).DELETE());
  }

  Reply postJson(String path, String credentials, String json) {
    return send(request(path, credentials).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  Reply postMultipart(String path, String credentials, Map<String, String> fields, String fileField,
      String fileName, String fileContent) {
    String boundary = "----betanketid" + UUID.randomUUID();
    StringBuilder body = new StringBuilder();
    fields.forEach((name, value) -> body.append("--").append(boundary).append("\r\n")
        .append("Content-Disposition: form-data; name=\"").append(name).append("\"\r\n\r\n")
        .append(value).append("\r\n"));
    body.append("--").append(boundary).append("\r\n")
        .append("Content-Disposition: form-data; name=\"").append(fileField).append("\"; filename=\"")
        .append(fileName).append("\"\r\nContent-Type: application/octet-stream\r\n\r\n")
        .append(fileContent).append("\r\n--").append(boundary).append("--\r\n");
    return send(request(path, credentials).header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
  }

  /** Logs into a Camunda webapp as its login page does: fetch the CSRF cookie, then post the form with the token. */
  Reply webappLogin(String user, String password, String app) {
    get("/camunda/app/" + app + "/", null);
    String token = cookies.getCookieStore().getCookies().stream()
        .filter(cookie -> cookie.getName().equals("XSRF-TOKEN")).map(HttpCookie::getValue)
        .findFirst().orElseThrow(() -> new IllegalStateException("no XSRF-TOKEN cookie"));
    String form = "username=" + encode(user) + "&password=" + encode(password);
    return send(request("/camunda/api/admin/auth/user/default/login/" + app, null)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("X-XSRF-TOKEN", token)
        .POST(HttpRequest.BodyPublishers.ofString(form)));
  }

  /** The last Set-Cookie header this session received for the cookie. */
  String setCookie(String name) {
    return setCookies.stream().filter(header -> header.startsWith(name + "="))
        .reduce((first, second) -> second).orElse("");
  }

  private HttpRequest.Builder request(String path, String credentials) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path));
    if (credentials != null) {
      builder.header("Authorization",
          "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }
    return builder;
  }

  private Reply send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      setCookies.addAll(response.headers().allValues("Set-Cookie"));
      return new Reply(response.statusCode(), response.body(), response.headers().map());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
