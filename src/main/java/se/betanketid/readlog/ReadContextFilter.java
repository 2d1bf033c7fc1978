package se.betanketid.readlog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Opens a {@link ReadContext} for each request to the engine's REST API, the webapps' engine API and our own case
 * pages and API, saying from which client the request came: the app (Tasklist, Cockpit, the case pages, the REST
 * API) and how the caller is known (a logged-in session, HTTP Basic, a bearer token and its client id). Nothing is
 * checked here: the token was verified by the security filters before any read can happen.
 */
class ReadContextFilter extends OncePerRequestFilter {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    ReadContext.open(new ReadContext(clientOf(request)));
    try {
      chain.doFilter(request, response);
    } finally {
      ReadContext.close();
    }
  }

  static String clientOf(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    String app;
    if (path.startsWith("/engine-rest")) {
      app = "REST-API";
    } else if (path.startsWith("/camunda/")) {
      String referer = request.getHeader("Referer");
      app = referer == null ? "Camunda-webbapp"
          : referer.contains("/app/tasklist") ? "Tasklist"
          : referer.contains("/app/cockpit") ? "Cockpit"
          : referer.contains("/app/admin") ? "Admin" : "Camunda-webbapp";
    } else {
      app = "Ärendesidorna";
    }
    return app + " (" + credentialsOf(request.getHeader("Authorization")) + ")";
  }

  private static String credentialsOf(String authorization) {
    if (authorization == null) {
      return "inloggad session";
    }
    if (authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      return "Basic";
    }
    if (authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      String client = clientIdOf(authorization.substring(7).trim());
      return client == null ? "token" : "token, klient " + client;
    }
    return "okänd inloggning";
  }

  /** The token's client (azp, else client_id), read from its payload; the signature was checked before. */
  private static String clientIdOf(String token) {
    String[] parts = token.split("\\.");
    if (parts.length < 2) {
      return null;
    }
    try {
      JsonNode claims = JSON.readTree(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
      JsonNode client = claims.hasNonNull("azp") ? claims.get("azp") : claims.get("client_id");
      if (client == null) {
        return null;
      }
      String id = client.asText().replaceAll("[^A-Za-z0-9._:-]", "");
      return id.length() > 60 ? id.substring(0, 60) : id;
    } catch (IOException | IllegalArgumentException notAToken) {
      return null;
    }
  }
}
