package se.betanketid.system;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.PathSegment;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.rest.util.EngineUtil;

/**
 * A task that someone else completed a moment ago is gone, or its case has moved on. How the engine fails on a
 * second completion depends on how far the first had come when it committed: the task not found (a
 * NullValueException), an optimistic-locking conflict, or the task's execution gone half-way (a
 * NullPointerException inside the engine). So the answer does not go by the exception: after a failed
 * completion, it asks whether the task is still there.
 */
final class TaskGone {

  private TaskGone() {}

  /** 404 with the Swedish message, when the request completes a task ({@code …/task/{id}/…}) that is gone. */
  static Optional<Response> answer(UriInfo request) {
    List<PathSegment> segments = request.getPathSegments();
    for (int i = 0; i + 2 < segments.size(); i++) {
      if ("task".equals(segments.get(i).getPath()) && isCompletion(segments.get(i + 2).getPath())) {
        String taskId = segments.get(i + 1).getPath();
        if (EngineUtil.lookupProcessEngine(null).getTaskService().createTaskQuery().taskId(taskId).count() == 0) {
          return Optional.of(Response.status(Response.Status.NOT_FOUND).type(MediaType.APPLICATION_JSON_TYPE)
              .entity(Map.of("type", "TaskGoneException",
                  "message", "Uppgiften finns inte längre: den kan redan ha slutförts av någon annan."))
              .build());
        }
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  private static boolean isCompletion(String action) {
    return "submit-form".equals(action) || "complete".equals(action);
  }
}
