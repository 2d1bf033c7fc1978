package se.betanketid.system;

import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.springframework.stereotype.Component;

/**
 * Camunda's REST API plus our error mappers (every refusal and failure that is the caller's in Swedish) and
 * forms served with the configured deadlines in their text. Without Jersey's bean validation: nothing in Camunda's
 * REST API or ours has a constraint to check, and Jersey builds its set-up (with a validator) at the first request
 * after a start, which then waits for it (docs/benchmarks.md, "Restart").
 */
@Component
public class RestConfig extends CamundaJerseyResourceConfig {

  public RestConfig() {
    property(ServerProperties.BV_FEATURE_DISABLE, true);
  }

  @Override
  protected void registerAdditionalResources() {
    register(ValidationErrorMapper.class);
    register(CaseValidationMapper.class);
    register(TaskGoneMapper.class);
    register(EngineExceptionMapper.class);
    register(MalformedJsonMappers.NotJson.class);
    register(MalformedJsonMappers.WrongShape.class);
    register(DeployedFormTexts.class);
  }
}
