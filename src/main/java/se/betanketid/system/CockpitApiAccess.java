package se.betanketid.system;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;

/**
 * Cockpit's own API ({@code /camunda/api/cockpit}) only for a session whose user may open Cockpit (managers,
 * administrators). Camunda guards Cockpit's pages by the application authorization but its API only by a login
 * to the engine, so a social worker's or coordinator's Tasklist session (or single sign-on session) could list
 * her cases through Cockpit's queries: refused here with 403, in both profiles. Runs after the single sign-on's
 * filter (order 101), which puts the person's Camunda login into the session.
 */
@Configuration
class CockpitApiAccess {

  static final String REFUSED = "Du har inte behörighet till Cockpit.";

  @Bean
  FilterRegistrationBean<Filter> cockpitApiForCockpitUsers(CamundaBpmProperties camunda) {
    FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>((request, response, chain) -> {
      if (mayUseCockpit(((HttpServletRequest) request).getSession(false))) {
        chain.doFilter(request, response);
      } else {
        SwedishAnswers.write((HttpServletResponse) response, HttpStatus.FORBIDDEN.value(), REFUSED);
      }
    });
    registration.setName("betanketid-cockpit-api-access");
    registration.addUrlPatterns(camunda.getWebapp().getApplicationPath() + "/api/cockpit/*");
    registration.setOrder(102);
    return registration;
  }

  /** No login yet: Camunda's own filter answers 401. A login: only with the Cockpit application authorization. */
  private static boolean mayUseCockpit(HttpSession session) {
    Authentications logins = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
    return logins == null || logins.getAuthentications().isEmpty()
        || logins.getAuthentications().stream().anyMatch(login -> login.isAuthorizedForApp("cockpit"));
  }
}
