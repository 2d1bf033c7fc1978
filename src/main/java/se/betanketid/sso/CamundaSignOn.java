package se.betanketid.sso;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * Profile oidc: Camunda's webapps and REST API take the user and her groups from Spring Security
 * (SecurityContextAuthentication) instead of Camunda's password login and HTTP Basic (system.RestAuthentication).
 * Both filters run after Spring Security's filter chain.
 */
@Configuration
@Profile("oidc")
class CamundaSignOn {

  @Bean
  FilterRegistrationBean<ContainerBasedAuthenticationFilter> webappSignOn() {
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
    registration.setName("betanketid-webapp-sso");
    registration.addInitParameter("authentication-provider", SecurityContextAuthentication.class.getName());
    registration.addUrlPatterns("/camunda/*");
    registration.setOrder(101);
    return registration;
  }

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> restSignOn() {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("camunda-rest-auth");
    registration.addInitParameter("authentication-provider", SecurityContextAuthentication.class.getName());
    registration.addUrlPatterns("/engine-rest/*");
    registration.setOrder(1);
    return registration;
  }
}
