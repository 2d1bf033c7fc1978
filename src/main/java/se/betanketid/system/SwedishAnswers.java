package se.betanketid.system;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.util.HtmlUtils;

/**
 * How our own endpoints answer, in one place: never stored by a browser or a proxy ({@code no-store}: the answers
 * name cases, people and reads), a refusal in Swedish as {@code {"status", "message"}} for programs, and our pages
 * for people with one head (Swedish, UTF-8, not indexed, the page's style sheet and scripts).
 */
public final class SwedishAnswers {

  public static final String NOT_LOGGED_IN = "Logga in för att fortsätta.";
  private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

  private SwedishAnswers() {}

  /** An answer with the status that no one stores. */
  public static ResponseEntity.BodyBuilder noStore(HttpStatus status) {
    return ResponseEntity.status(status).cacheControl(CacheControl.noStore());
  }

  /** 200 with the body, not stored. */
  public static <T> ResponseEntity<T> ok(T body) {
    return noStore(HttpStatus.OK).body(body);
  }

  /** A program's answer: {@code {"status": 403, "message": "…"}}, the message in Swedish. */
  public static ResponseEntity<Map<String, Object>> message(HttpStatus status, String message) {
    return noStore(status).contentType(MediaType.APPLICATION_JSON)
        .body(Map.of("status", status.value(), "message", message));
  }

  /**
   * The refusal of a caller: 401 {@link #NOT_LOGGED_IN} without one, 403 {@code whyNot} when she may not; empty
   * when she may.
   */
  public static Optional<ResponseEntity<Map<String, Object>>> refusal(Caller caller, Predicate<Caller> may,
      String whyNot) {
    if (caller == null) {
      return Optional.of(message(HttpStatus.UNAUTHORIZED, NOT_LOGGED_IN));
    }
    return may.test(caller) ? Optional.empty() : Optional.of(message(HttpStatus.FORBIDDEN, whyNot));
  }

  /** A person's page: {@code html} begins with {@link #head}. */
  public static ResponseEntity<String> page(HttpStatus status, String html) {
    return noStore(status).contentType(HTML).body(html);
  }

  /**
   * The beginning of every page of ours up to {@code <body>}: Swedish, UTF-8, for phones too, not indexed, with
   * the title ({@code "Läslogg – Betänketid"}), the style sheet and scripts (deferred), if any.
   */
  public static String head(String title, String stylesheet, String... scripts) {
    StringBuilder head = new StringBuilder("""
        <!DOCTYPE html>
        <html lang="sv">
        <head>
          <meta charset="UTF-8">
          <meta name="viewport" content="width=device-width, initial-scale=1">
          <meta name="robots" content="noindex">
        """);
    head.append("  <title>").append(HtmlUtils.htmlEscape(title, "UTF-8")).append("</title>\n");
    if (stylesheet != null) {
      head.append("  <link rel=\"stylesheet\" href=\"").append(stylesheet).append("\">\n");
    }
    for (String script : scripts) {
      head.append("  <script src=\"").append(script).append("\" defer></script>\n");
    }
    return head.append("</head>\n").toString();
  }

  /** The rest of a page after {@link #head}, from {@code <body>} on: a resource of the application (UTF-8). */
  public static String body(String resource) {
    try (InputStream body = SwedishAnswers.class.getResourceAsStream(resource)) {
      return new String(body.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException | NullPointerException missing) {
      throw new IllegalStateException(resource + " is missing from the application", missing);
    }
  }

  /** A program's refusal written by a servlet filter (before any controller): JSON, Swedish, not stored. */
  public static void write(HttpServletResponse response, int status, String message) throws IOException {
    response.setStatus(status);
    response.setContentType("application/json;charset=UTF-8");
    response.setHeader("Cache-Control", "no-store");
    response.getOutputStream().write(("{\"status\":" + status + ",\"message\":\"" + message.replace("\"", "\\\"")
        + "\"}").getBytes(StandardCharsets.UTF_8));
  }
}
