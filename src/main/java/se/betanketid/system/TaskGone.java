package se.betanketid.system;

import jakarta.ws.rs.core.PathSegment;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.util.EngineUtil;

/**
 * A task that someone else completed a moment ago is gone, or its case has moved on or ended. How the engine fails
 * on a call about it depends on how far the other's completion had come when it committed: the task not found (a
 * NullValueException, "task is null"), an optimistic-locking conflict, its execution gone half-way (a
 * NullPointerException inside the engine, e.g. when its form is opened), or an ended process instance's
 * variables (a NullValueException). So the answer does not go by the exception: after a failed call about a task
 * ({@code …/task/{id}…}) or a process instance ({@code …/process-instance/{id}…}), it asks whether that is still
 * there (as far as the caller may see), and if not answers 404 in Swedish.
 */
final class TaskGone {

  static final String TASK_GONE = "Uppgiften finns inte längre: den kan redan ha slutförts av någon annan.";
  static final String CASE_MOVED_ON =
      "Uppgiften finns inte längre: ärendet kan redan ha gått vidare eller avslutats.";

  /** Camunda's ids (UUIDs from the Spring Boot starter's generator, or the engine's numbers). */
  private static final Pattern ID =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\\d+");

  private TaskGone() {}

  /** 404 with the Swedish message, when the request is about a task or process instance that is gone. */
  static Optional<Response> answer(UriInfo request) {
    List<String> path = request.getPathSegments().stream().map(PathSegment::getPath).toList();
    for (int i = 0; i + 1 < path.size(); i++) {
      boolean history = i > 0 && "history".equals(path.get(i - 1));
      String id = path.get(i + 1);
      if (history || !ID.matcher(id).matches()) {
        continue;
      }
      if ("task".equals(path.get(i))) {
        return engine().getTaskService().createTaskQuery().taskId(id).count() == 0
            ? Optional.of(gone(TASK_GONE)) : Optional.empty();
      }
      if ("process-instance".equals(path.get(i))) {
        return engine().getRuntimeService().createProcessInstanceQuery().processInstanceId(id).count() == 0
            ? Optional.of(gone(CASE_MOVED_ON)) : Optional.empty();
      }
    }
    return Optional.empty();
  }

  private static Response gone(String message) {
    return EngineAnswers.answer(Status.NOT_FOUND, "TaskGoneException", message, null);
  }

  private static ProcessEngine engine() {
    return EngineUtil.lookupProcessEngine(null);
  }
}
