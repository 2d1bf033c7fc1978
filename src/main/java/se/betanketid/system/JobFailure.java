package se.betanketid.system;

import java.util.Date;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * One failed attempt of a job, as the engine has just recorded it ({@link FailedJobs}): of which process, in
 * which execution (its variables), the attempt and the number of attempts, and when the next is due (none when
 * the retries have run out and the job has become an incident).
 */
public record JobFailure(String processDefinitionKey, VariableScope execution, int attempt, int attempts,
    Date nextTry, Throwable exception) {

  public boolean retriesLeft() {
    return nextTry != null;
  }

  /** Told of every failed attempt, inside the engine's command that records it (a Spring bean). */
  public interface Observer {
    void failed(JobFailure failure);
  }
}
