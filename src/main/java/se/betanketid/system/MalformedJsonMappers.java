package se.betanketid.system;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A request body that is not JSON, or not JSON of the shape the call takes: 400 in Swedish, not Jackson's
 * English text with the parser's position (Camunda's own mappers for these two types are replaced by priority).
 */
public final class MalformedJsonMappers {

  private MalformedJsonMappers() {}

  private static Response malformed() {
    return EngineAnswers.answer(Status.BAD_REQUEST, "InvalidRequestException", EngineAnswers.MALFORMED, null);
  }

  /** Not JSON at all. */
  @Provider
  @Priority(1)
  public static class NotJson implements ExceptionMapper<JsonParseException> {
    @Override
    public Response toResponse(JsonParseException exception) {
      return malformed();
    }
  }

  /** JSON of another shape (a list where an object belongs, a text where a number belongs). */
  @Provider
  @Priority(1)
  public static class WrongShape implements ExceptionMapper<JsonMappingException> {
    @Override
    public Response toResponse(JsonMappingException exception) {
      return malformed();
    }
  }
}
