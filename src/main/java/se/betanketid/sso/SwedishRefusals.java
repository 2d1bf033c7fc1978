package se.betanketid.sso;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import se.betanketid.system.SwedishAnswers;

/** The answers of the oidc profile when someone is refused: JSON for programs, a page for people, in Swedish. */
final class SwedishRefusals {

  static final String NO_TOKEN = "Logga in för att fortsätta: anropet saknar en giltig token (Bearer).";
  static final String NO_GROUP =
      "Din inloggning ger ingen behörighet i Betänketid: ingen av dina grupper hos identitetsleverantören är "
          + "kopplad till en grupp här. Kontakta din administratör.";
  static final String NOT_LOGGED_IN = "Logga in för att fortsätta.";

  private SwedishRefusals() {}

  static AuthenticationEntryPoint jsonUnauthorized(String message) {
    return (request, response, failure) -> {
      response.setHeader("WWW-Authenticate", "Bearer");
      json(response, HttpServletResponse.SC_UNAUTHORIZED, message);
    };
  }

  static AccessDeniedHandler jsonForbidden() {
    return (request, response, denied) -> json(response, HttpServletResponse.SC_FORBIDDEN, NO_GROUP);
  }

  static AccessDeniedHandler pageForbidden() {
    return (request, response, denied) -> page(request, response, HttpServletResponse.SC_FORBIDDEN,
        "Ingen behörighet", NO_GROUP);
  }

  static void json(HttpServletResponse response, int status, String message) throws IOException {
    SwedishAnswers.write(response, status, message);
  }

  static void page(HttpServletRequest request, HttpServletResponse response, int status, String title,
      String message) throws IOException {
    response.setStatus(status);
    response.setContentType("text/html;charset=UTF-8");
    response.setHeader("Cache-Control", "no-store");
    String html = SwedishAnswers.head(title + " – Betänketid", null) + "<body><main><h1>" + title + "</h1><p>"
        + message + "</p><p><a href=\"" + request.getContextPath() + "/logout\">Logga ut</a></p></main></body></html>";
    response.getOutputStream().write(html.getBytes(StandardCharsets.UTF_8));
  }
}
