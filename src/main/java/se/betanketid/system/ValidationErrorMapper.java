package se.betanketid.system;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import se.betanketid.validation.CaseValidationException;

/**
 * The REST API wraps an engine exception from a start or completion in a RestException with status 500. When
 * the cause is bad input, this answers 400 with the Swedish message and the field instead.
 */
@Provider
@Priority(1)
public class ValidationErrorMapper implements ExceptionMapper<RestException> {

  private final RestExceptionHandler camundaDefault = new RestExceptionHandler();

  @Override
  public Response toResponse(RestException exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (cause instanceof CaseValidationException invalid) {
        return badRequest(invalid);
      }
    }
    return camundaDefault.toResponse(exception);
  }

  static Response badRequest(CaseValidationException invalid) {
    Map<String, String> body = new LinkedHashMap<>();
    body.put("type", "CaseValidationException");
    body.put("message", invalid.getMessage());
    body.put("field", invalid.getField());
    return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
  }
}
