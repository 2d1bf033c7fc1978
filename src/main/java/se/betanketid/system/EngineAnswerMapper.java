package se.betanketid.system;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;

/**
 * An exception of the REST API answered by {@link EngineAnswers} where the cause is the caller's or a colleague's
 * (in Swedish), else as Camunda answers it.
 */
abstract class EngineAnswerMapper<E extends Throwable> implements ExceptionMapper<E> {

  private final ExceptionMapper<? super E> camundaDefault;

  @Context private UriInfo request;
  @Context private Request method;

  EngineAnswerMapper(ExceptionMapper<? super E> camundaDefault) {
    this.camundaDefault = camundaDefault;
  }

  @Override
  public Response toResponse(E exception) {
    return EngineAnswers.of(exception, request, method.getMethod())
        .orElseGet(() -> camundaDefault.toResponse(exception));
  }
}
