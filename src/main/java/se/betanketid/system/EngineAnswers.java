package se.betanketid.system;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.RestException;
import se.betanketid.validation.CaseValidationException;
import se.betanketid.validation.DuplicateStartException;

/**
 * The one place that decides how the REST API (and Tasklist's copy of it) answers a failure that is the caller's
 * or a colleague's doing: a 4xx with a Swedish message instead of Camunda's English text, permission names or a
 * 500 with Java internals. What it does not recognise, the mappers leave to Camunda.
 */
final class EngineAnswers {

  /** ENGINE-17007: a variable in Java's serialization format (switched off in the engine, as it should be). */
  private static final Pattern JAVA_SERIALIZED =
      Pattern.compile("ENGINE-17007 Cannot set variable with name ([^ .]+)");
  static final String MALFORMED = "Begäran kunde inte läsas: den är inte giltig JSON i den form API:et "
      + "väntar sig (se Camundas REST-dokumentation för anropet).";
  static final String UNREADABLE_VALUE = "Begäran kunde inte tolkas: kontrollera variablernas typer och värden.";
  static final String NO_SUCH_START = "Du kan inte starta den processen: den finns inte, eller så får du inte "
      + "starta den.";

  private EngineAnswers() {}

  static Optional<Response> of(Throwable exception, UriInfo request, String method) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      Optional<Response> answer = byCause(cause, request, method);
      if (answer.isPresent()) {
        return answer;
      }
    }
    Optional<Response> gone = TaskGone.answer(request);
    if (gone.isPresent()) {
      return gone;
    }
    if (exception instanceof RestException rest && rest.getStatus() != null) {
      return byRestStatus(rest);
    }
    return Optional.empty();
  }

  private static Optional<Response> byCause(Throwable cause, UriInfo request, String method) {
    if (cause instanceof CaseValidationException invalid) {
      return Optional.of(badRequest(invalid));
    }
    if (cause instanceof DuplicateStartException duplicate) {
      return Optional.of(answer(Status.CONFLICT, "DuplicateStartException", duplicate.getMessage(), null));
    }
    if (cause instanceof OptimisticLockingException) {
      return Optional.of(answer(Status.CONFLICT, "ConflictException",
          "Någon annan ändrade ärendet samtidigt. Ladda om sidan och försök igen.", null));
    }
    if (cause instanceof AuthorizationException refused) {
      return Optional.of(answer(Status.FORBIDDEN, "AuthorizationException", Refusals.message(refused, request,
          method), null));
    }
    if (cause instanceof JsonProcessingException) {
      return Optional.of(answer(Status.BAD_REQUEST, "InvalidRequestException", MALFORMED, null));
    }
    if (cause instanceof ProcessEngineException engine && engine.getMessage() != null) {
      Matcher serialized = JAVA_SERIALIZED.matcher(engine.getMessage());
      if (serialized.find()) {
        String field = serialized.group(1);
        return Optional.of(answer(Status.BAD_REQUEST, "CaseValidationException", "Fältet \"" + field
            + "\" har ett format som inte tas emot (Java-serialisering): skicka värdet som text, tal, datum "
            + "eller JSON.", field));
      }
    }
    return Optional.empty();
  }

  /** Camunda's own refusals of a request (no engine cause): an unknown process to start, an unreadable value. */
  private static Optional<Response> byRestStatus(RestException rest) {
    String message = rest.getMessage() == null ? "" : rest.getMessage();
    if (rest.getStatus() == Status.NOT_FOUND && message.startsWith("No matching process definition")) {
      return Optional.of(answer(Status.NOT_FOUND, "RestException", NO_SUCH_START, null));
    }
    if (rest.getStatus() == Status.BAD_REQUEST) {
      return Optional.of(answer(Status.BAD_REQUEST, "InvalidRequestException", UNREADABLE_VALUE, null));
    }
    return Optional.empty();
  }

  static Response badRequest(CaseValidationException invalid) {
    return answer(Status.BAD_REQUEST, "CaseValidationException", invalid.getMessage(), invalid.getField());
  }

  static Response answer(Status status, String type, String message, String field) {
    Map<String, String> body = new LinkedHashMap<>();
    body.put("type", type);
    body.put("message", message);
    if (field != null) {
      body.put("field", field);
    }
    return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
  }
}
