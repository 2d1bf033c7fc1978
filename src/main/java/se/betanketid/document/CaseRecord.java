package se.betanketid.document;

import java.util.List;
import java.util.Map;
import se.betanketid.casefile.ApplicantType;

/**
 * A case as its documents need it: the route's top-level process instance, who started it, and its
 * process-level variables (Json lists as Java lists and maps).
 */
record CaseRecord(String caseNumber, String instanceId, ApplicantType applicantType, String startUserId,
    Map<String, Object> variables) {

  Object get(String name) {
    return variables.get(name);
  }

  /** The variable as text, or null when it is absent or blank. */
  String text(String name) {
    Object value = variables.get(name);
    return value == null || value.toString().isBlank() ? null : value.toString().strip();
  }

  boolean isTrue(String name) {
    return Boolean.TRUE.equals(variables.get(name));
  }

  /** A Json list variable as a list (empty when absent). */
  List<?> list(String name) {
    return variables.get(name) instanceof List<?> list ? list : List.of();
  }
}
