package se.betanketid.system;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.camunda.bpm.engine.rest.exception.ExceptionHandler;

/**
 * An unexpected failure inside the engine (not a ProcessEngineException, which {@link EngineExceptionMapper}
 * answers): when it happened in a call about a task someone else just completed, 404 with the Swedish message;
 * anything else as Camunda answers it (500).
 */
@Provider
@Priority(1)
public class TaskGoneMapper implements ExceptionMapper<RuntimeException> {

  private final ExceptionHandler camundaDefault = new ExceptionHandler();

  @Context private UriInfo request;
  @Context private Request method;

  @Override
  public Response toResponse(RuntimeException exception) {
    return EngineAnswers.of(exception, request, method.getMethod())
        .orElseGet(() -> camundaDefault.toResponse(exception));
  }
}
