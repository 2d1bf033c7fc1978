package se.betanketid.identity;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;

/**
 * Under the prod profile, checks the administrator password before any bean is created: a refused start
 * neither opens the database nor updates its schema, and fails in a second instead of after the engine.
 */
@Configuration(proxyBeanMethods = false)
@Profile("prod")
class ProductionAdminCheck {

  @Bean
  static BeanFactoryPostProcessor adminPasswordCheck(Environment environment) {
    return beanFactory -> ProductionAdmin.requireStrong(
        environment.getProperty("betanketid.admin.id", "admin"),
        environment.getProperty("betanketid.admin.password", ""));
  }
}
