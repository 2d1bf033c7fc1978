package se.betanketid.system;

import jakarta.servlet.ServletRegistration;
import java.util.HashSet;
import java.util.Set;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.camunda.bpm.webapp.impl.engine.EngineRestApplication;
import org.glassfish.jersey.servlet.ServletContainer;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Tasklist and Cockpit call the engine through their own copy of the REST API ({@code /camunda/api/engine}),
 * which Camunda's starter registers without our error mappers: a refused start or completion from Tasklist
 * would answer 500. This registers that servlet first, with Camunda's application plus the mappers, so that
 * Tasklist gets the same Swedish answers (400, 403, 404, 409) as the REST API. (The starter leaves a servlet of
 * that name alone when it exists, so this one has Camunda's mapping too.)
 */
@Configuration
class WebappEngineApi {

  static final String SERVLET = "Engine Api";

  /** Camunda's webapp engine API and our mappers. */
  public static class Application extends EngineRestApplication {
    @Override
    public Set<Class<?>> getClasses() {
      Set<Class<?>> classes = new HashSet<>(super.getClasses());
      classes.add(ValidationErrorMapper.class);
      classes.add(CaseValidationMapper.class);
      classes.add(TaskGoneMapper.class);
      classes.add(EngineExceptionMapper.class);
      classes.add(MalformedJsonMappers.NotJson.class);
      classes.add(MalformedJsonMappers.WrongShape.class);
      classes.add(DeployedFormTexts.class);
      return classes;
    }
  }

  @Bean
  @Order(Ordered.HIGHEST_PRECEDENCE)
  ServletContextInitializer webappEngineApiWithErrorMappers(CamundaBpmProperties camunda) {
    return context -> {
      ServletRegistration.Dynamic servlet = context.addServlet(SERVLET, ServletContainer.class);
      if (servlet != null) {
        servlet.addMapping(camunda.getWebapp().getApplicationPath() + "/api/engine/*");
        servlet.setInitParameter("jakarta.ws.rs.Application", Application.class.getName());
      }
    };
  }
}
