package se.betanketid.system;

import java.util.Set;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Protects our own endpoints with {@link CallerResolver}: the JSON API and the dashboard need a known caller
 * (each controller checks the role), the Prometheus scrape needs an administrator, the national coordination
 * or a member of {@value #MONITORING_GROUP}.
 */
@Configuration
class CallerFilters {

  /** The group of technical accounts that may scrape /actuator/prometheus (e.g. the Prometheus server). */
  static final String MONITORING_GROUP = "monitoring";

  /** camunda-admin (Role.ADMIN), nationell-samordning (Role.NATIONAL_COORDINATION), monitoring. */
  static final Set<String> METRICS_GROUPS = Set.of("camunda-admin", "nationell-samordning", MONITORING_GROUP);

  /**
   * Where a browser without a session is sent from the dashboard: the welcome app, which every user may log
   * into (the national coordination may use no other Camunda app) and which links to the dashboard.
   */
  static final String LOGIN_PAGE = "/camunda/app/welcome/default/";

  @Bean
  FilterRegistrationBean<CallerFilter> apiCallerFilter(CallerResolver resolver) {
    FilterRegistrationBean<CallerFilter> registration =
        new FilterRegistrationBean<>(new CallerFilter(resolver, caller -> true, LOGIN_PAGE));
    registration.setName("betanketid-api-caller");
    registration.addUrlPatterns("/api/*", "/dashboard", "/dashboard/*", "/cases", "/cases/*");
    registration.setOrder(2);
    return registration;
  }

  @Bean
  FilterRegistrationBean<CallerFilter> metricsCallerFilter(CallerResolver resolver) {
    FilterRegistrationBean<CallerFilter> registration = new FilterRegistrationBean<>(
        new CallerFilter(resolver, caller -> caller.groups().stream().anyMatch(METRICS_GROUPS::contains)));
    registration.setName("betanketid-metrics-caller");
    registration.addUrlPatterns("/actuator/prometheus");
    registration.setOrder(2);
    return registration;
  }
}
