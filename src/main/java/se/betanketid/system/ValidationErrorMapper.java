package se.betanketid.system;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import se.betanketid.validation.CaseValidationException;

/**
 * The REST API wraps an engine exception from a start or a completion in a RestException with status 500, and
 * refuses requests it cannot use with one of its own (an unknown process, a value of an unknown type). Where the
 * cause is the caller's or a colleague's, {@link EngineAnswers} answers in Swedish instead: 400 for bad input
 * (with the field), 409 when someone else changed the task at the same moment or the same start was just
 * submitted, 404 when a task is already gone ({@link TaskGone}).
 */
@Provider
@Priority(1)
public class ValidationErrorMapper extends EngineAnswerMapper<RestException> {

  public ValidationErrorMapper() {
    super(new RestExceptionHandler());
  }

  static Response badRequest(CaseValidationException invalid) {
    return EngineAnswers.badRequest(invalid);
  }
}
