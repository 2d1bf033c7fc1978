package se.betanketid.system;

import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.stereotype.Component;

/**
 * Camunda's REST API plus our error mappers (every refusal and failure that is the caller's in Swedish) and
 * forms served with the configured deadlines in their text.
 */
@Component
public class RestConfig extends CamundaJerseyResourceConfig {

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
