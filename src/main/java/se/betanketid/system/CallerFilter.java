package se.betanketid.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.function.Predicate;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets only known callers through: 401 (with a Basic challenge) without valid credentials or webapp session,
 * 403 when the caller lacks the group the path needs. Leaves the {@link Caller} as a request attribute.
 */
public class CallerFilter extends OncePerRequestFilter {

  private final CallerResolver resolver;
  private final Predicate<Caller> allowed;
  private final String loginPage;

  public CallerFilter(CallerResolver resolver, Predicate<Caller> allowed) {
    this(resolver, allowed, null);
  }

  /**
   * With a login page: a browser asking for a page (GET, Accept text/html) without a session is sent there
   * instead of getting a 401 with a Basic challenge (which would open the browser's own password dialog).
   */
  public CallerFilter(CallerResolver resolver, Predicate<Caller> allowed, String loginPage) {
    this.resolver = resolver;
    this.allowed = allowed;
    this.loginPage = loginPage;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Optional<Caller> caller = resolver.resolve(request);
    if (caller.isEmpty() && loginPage != null && wantsPage(request)) {
      response.setHeader("Cache-Control", "no-store");
      response.sendRedirect(loginPage);
      return;
    }
    if (caller.isEmpty()) {
      response.setHeader("WWW-Authenticate", "Basic realm=\"Betänketid\", charset=\"UTF-8\"");
      SwedishAnswers.write(response, HttpServletResponse.SC_UNAUTHORIZED, SwedishAnswers.NOT_LOGGED_IN);
      return;
    }
    if (!allowed.test(caller.get())) {
      SwedishAnswers.write(response, HttpServletResponse.SC_FORBIDDEN, "Du har inte behörighet till den här sidan.");
      return;
    }
    request.setAttribute(Caller.REQUEST_ATTRIBUTE, caller.get());
    chain.doFilter(request, response);
  }

  private static boolean wantsPage(HttpServletRequest request) {
    String accept = request.getHeader("Accept");
    return "GET".equals(request.getMethod()) && accept != null && accept.contains("text/html");
  }
}
