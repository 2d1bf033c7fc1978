package se.betanketid.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.util.Optional;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code /actuator/health} is open (a load balancer asks it without credentials) and shows only UP or DOWN; its
 * details (which component, since when) are for administrators ({@code show-details: when-authorized},
 * {@code roles: camunda-admin}). Spring Boot asks the request who is calling; without Spring Security nobody
 * tells it, so this filter makes the caller known ({@link CallerResolver}: Basic credentials or a webapp
 * session), with their groups as roles. It refuses nobody.
 */
@Configuration
class HealthCaller {

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> healthCallerFilter(CallerResolver resolver) {
    FilterRegistrationBean<OncePerRequestFilter> registration =
        new FilterRegistrationBean<>(new OncePerRequestFilter() {
      @Override
      protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
          throws ServletException, IOException {
        Optional<Caller> caller = resolver.resolve(request);
        chain.doFilter(caller.<HttpServletRequest>map(known -> new Known(request, known)).orElse(request), response);
      }
    });
    registration.setName("betanketid-health-caller");
    registration.addUrlPatterns("/actuator/health", "/actuator/health/*");
    registration.setOrder(2);
    return registration;
  }

  private static final class Known extends HttpServletRequestWrapper {
    private final Caller caller;

    Known(HttpServletRequest request, Caller caller) {
      super(request);
      this.caller = caller;
    }

    @Override
    public Principal getUserPrincipal() {
      return caller::userId;
    }

    @Override
    public String getRemoteUser() {
      return caller.userId();
    }

    @Override
    public boolean isUserInRole(String role) {
      return caller.isMemberOf(role);
    }
  }
}
