package se.betanketid.system;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import se.betanketid.casefile.DuplicateStartException;
import se.betanketid.validation.CaseValidationException;

/**
 * The REST API wraps an engine exception from a start or a completion in a RestException with status 500.
 * Where the cause is the caller's, this answers in Swedish instead: 400 for bad input (with the field),
 * 409 when someone else changed the task at the same moment or the same start was just submitted, 404 when a
 * task to complete is already gone ({@link TaskGone}).
 */
@Provider
@Priority(1)
public class ValidationErrorMapper implements ExceptionMapper<RestException> {

  private final RestExceptionHandler camundaDefault = new RestExceptionHandler();

  @Context private UriInfo request;

  @Override
  public Response toResponse(RestException exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (cause instanceof CaseValidationException invalid) {
        return badRequest(invalid);
      }
      if (cause instanceof DuplicateStartException duplicate) {
        return answer(Status.CONFLICT, "DuplicateStartException", duplicate.getMessage(), null);
      }
      if (cause instanceof OptimisticLockingException) {
        return answer(Status.CONFLICT, "ConflictException",
            "Någon annan ändrade ärendet samtidigt. Ladda om sidan och försök igen.", null);
      }
    }
    return TaskGone.answer(request).orElseGet(() -> camundaDefault.toResponse(exception));
  }

  static Response badRequest(CaseValidationException invalid) {
    return answer(Status.BAD_REQUEST, "CaseValidationException", invalid.getMessage(), invalid.getField());
  }

  private static Response answer(Status status, String type, String message, String field) {
    Map<String, String> body = new LinkedHashMap<>();
    body.put("type", type);
    body.put("message", message);
    if (field != null) {
      body.put("field", field);
    }
    return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
  }
}
