package se.betanketid.sso;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Matches the request's path in the application, whichever servlet serves it: Camunda's REST API and the
 * webapps' API are Jersey servlets of their own, where Spring Security's MVC-based path matchers do not apply.
 * A pattern ending in "/**" matches that path and everything under it; any other pattern exactly; "*" stands
 * for one path segment.
 */
final class UriMatcher implements RequestMatcher {

  private final List<String> regexes;

  private UriMatcher(List<String> regexes) {
    this.regexes = regexes;
  }

  static UriMatcher of(String... patterns) {
    return new UriMatcher(List.of(patterns).stream().map(UriMatcher::regex).toList());
  }

  @Override
  public boolean matches(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return regexes.stream().anyMatch(path::matches);
  }

  private static String regex(String pattern) {
    boolean under = pattern.endsWith("/**");
    String base = under ? pattern.substring(0, pattern.length() - 3) : pattern;
    String quoted = java.util.Arrays.stream(base.split("\\*", -1)).map(java.util.regex.Pattern::quote)
        .reduce((left, right) -> left + "[^/]+" + right).orElse("");
    return under ? quoted + "(/.*)?" : quoted;
  }
}
