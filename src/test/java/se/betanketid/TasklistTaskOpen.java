package se.betanketid;

import java.util.List;
import se.betanketid.RestCalls.Answer;

/**
 * What Camunda Tasklist 7.24 asks of the server when a person clicks a task in her list, until its Camunda Form
 * shows: captured in headless Chromium by ReadLogBrowserIT (which fails when an upgrade of Camunda changes the list),
 * replayed by ReadLogBenchmark as "a task form's load".
 */
public final class TasklistTaskOpen {

  /** One call: method, path under the webapps' engine API ({taskId}, {time}: filled in), Accept header. */
  public record Call(String method, String path, String accept) {

    /** The path with the task's id and the time (Tasklist's noCache parameter) filled in. */
    public String resolved(String taskId) {
      return path.replace("{taskId}", taskId).replace("{time}", Long.toString(System.currentTimeMillis()));
    }

    @Override
    public String toString() {
      return method + " " + path + " (Accept: " + accept + ")";
    }
  }

  static final String HAL = "application/hal+json, application/json; q=0.5";

  /** In Tasklist's order: the task (with its embedded links), its form's key, the Camunda Form, its variables. */
  public static final List<Call> CALLS = List.of(
      new Call("GET", WebappSession.ENGINE + "/task/{taskId}", HAL),
      new Call("GET", WebappSession.ENGINE + "/task/{taskId}/form", HAL),
      new Call("GET", WebappSession.ENGINE + "/task/{taskId}/deployed-form?noCache={time}", "*/*"),
      new Call("GET", WebappSession.ENGINE + "/task/{taskId}/form-variables?deserializeValues=false", HAL));

  private TasklistTaskOpen() {}

  /** Makes the calls one after another as the logged-in {@code session}; fails on an answer other than 200. */
  public static void replay(WebappSession session, String taskId) {
    for (Call call : CALLS) {
      Answer answer = session.get(call.resolved(taskId), call.accept());
      if (answer.status() != 200) {
        throw new IllegalStateException(call + " answered " + answer.status() + ": " + answer.body());
      }
    }
  }
}
