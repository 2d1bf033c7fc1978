package se.betanketid.system;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
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
public class EngineExceptionMapper implements ExceptionMapper<ProcessEngineException> {

  private final ProcessEngineExceptionHandler camundaDefault = new ProcessEngineExceptionHandler();

  @Context private UriInfo request;
  @Context private Request method;

  @Override
  public Response toResponse(ProcessEngineException exception) {
    return EngineAnswers.of(exception, request, method.getMethod())
        .orElseGet(() -> camundaDefault.toResponse(exception));
  }
}
