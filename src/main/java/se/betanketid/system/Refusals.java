package se.betanketid.system;

import jakarta.ws.rs.core.PathSegment;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationException;

/**
 * A 403 in Swedish that says what the caller may not do, by what the request does, never which permission is
 * missing on which resource (the engine's English text names the user, permissions and ids). Our own refusals
 * (already Swedish: a case's identity, a decision for a case the caller may not read) keep their text.
 */
final class Refusals {

  static final String TAKE = "Du får inte ta eller tilldela den här uppgiften.";
  static final String COMPLETE = "Du får inte slutföra den här uppgiften.";
  static final String CHANGE = "Du får inte ändra uppgifterna i det här ärendet.";
  /** The same text as reflectionperiod.DecisionCorrelationHandler's refusal of someone who may not read the case. */
  static final String DECISION = "Du har inte behörighet att registrera Migrationsverkets beslut i det ärendet.";
  static final String START = "Du får inte starta den här sortens ärende.";
  static final String SEE = "Du har inte behörighet att se det här.";
  static final String OTHER = "Du har inte behörighet att göra det här.";

  private static final Set<String> TAKING = Set.of("claim", "unclaim", "assignee", "delegate", "identity-links");
  private static final Set<String> COMPLETING = Set.of("complete", "submit-form", "resolve");

  private Refusals() {}

  static String message(AuthorizationException refused, UriInfo request, String method) {
    boolean engines = !refused.getMissingAuthorizations().isEmpty()
        || refused.getMessage() == null || refused.getMessage().startsWith("The user with id");
    return engines ? byRequest(request.getPathSegments(), method) : refused.getMessage();
  }

  static String byRequest(List<PathSegment> segments, String method) {
    List<String> path = segments.stream().map(PathSegment::getPath).toList();
    if ("GET".equals(method)) {
      return SEE;
    }
    if (path.contains("message")) {
      return DECISION;
    }
    if (path.contains("task")) {
      if (path.stream().anyMatch(TAKING::contains)) {
        return TAKE;
      }
      if (path.stream().anyMatch(COMPLETING::contains)) {
        return COMPLETE;
      }
    }
    if (path.contains("process-definition") && (path.contains("start") || path.contains("submit-form"))) {
      return START;
    }
    if (path.stream().anyMatch(segment -> segment.startsWith("variables") || segment.equals("modification"))) {
      return CHANGE;
    }
    return OTHER;
  }
}
