package se.betanketid.system;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import se.betanketid.validation.CaseValidationException;

/** Bad input that reaches the REST layer unwrapped (e.g. from message correlation): 400. */
@Provider
public class CaseValidationMapper implements ExceptionMapper<CaseValidationException> {

  @Override
  public Response toResponse(CaseValidationException exception) {
    return ValidationErrorMapper.badRequest(exception);
  }
}
