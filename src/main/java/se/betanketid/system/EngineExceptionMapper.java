package se.betanketid.system;

import jakarta.annotation.Priority;
import jakarta.ws.rs.ext.Provider;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;

/**
 * An engine exception that reaches the REST layer as it is (claim, assign, variables, message correlation):
 * a refusal (403), a task or case that is gone (404) or a variable the engine will not take (400), in Swedish
 * ({@link EngineAnswers}); anything else as Camunda answers it.
 */
@Provider
@Priority(1)
public class EngineExceptionMapper extends EngineAnswerMapper<ProcessEngineException> {

  public EngineExceptionMapper() {
    super(new ProcessEngineExceptionHandler());
  }
}
