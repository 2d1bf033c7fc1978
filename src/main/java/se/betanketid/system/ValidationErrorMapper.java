package se.betanketid.system;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import se.betanketid.casefile.DuplicateStartException;
import se.betanketid.validation.CaseValidationException;

/**
 * The REST API wraps an engine exception from a start or a completion in a RestException with status 500.
 * Where the cause is the caller's, this answers in Swedish instead: 400 for bad input (with the field),
 * 409 when someone else changed the task at the same moment or the same start was just submitted, 404 when the
 * task (or its case) is already gone.
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
      if (cause instanceof DuplicateStartException duplicate) {
        return answer(Status.CONFLICT, "DuplicateStartException", duplicate.getMessage(), null);
      }
      if (cause instanceof OptimisticLockingException) {
        return answer(Status.CONFLICT, "ConflictException",
            "Någon annan ändrade ärendet samtidigt. Ladda om sidan och försök igen.", null);
      }
      if (cause instanceof NullValueException && isTaskCompletion(exception)) {
        return answer(Status.NOT_FOUND, "TaskGoneException",
            "Uppgiften finns inte längre: den kan redan ha slutförts av någon annan.", null);
      }
    }
    return camundaDefault.toResponse(exception);
  }

  /** A task that someone else completed a moment ago is gone, or its case has moved on. */
  private static boolean isTaskCompletion(RestException exception) {
    String message = String.valueOf(exception.getMessage());
    return message.startsWith("Cannot submit task form") || message.startsWith("Cannot complete task");
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
