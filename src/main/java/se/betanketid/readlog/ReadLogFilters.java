package se.betanketid.readlog;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Puts {@link ReadContextFilter} around every request that can read a case. */
@Configuration
class ReadLogFilters {

  @Bean
  FilterRegistrationBean<ReadContextFilter> readContextFilter() {
    FilterRegistrationBean<ReadContextFilter> registration = new FilterRegistrationBean<>(new ReadContextFilter());
    registration.setName("betanketid-read-context");
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*", "/api/*", "/cases", "/cases/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }
}
