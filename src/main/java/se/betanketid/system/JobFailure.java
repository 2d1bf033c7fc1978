package se.betanketid.system;

import java.util.Date;

/**
 * One failed attempt of a job, as the engine has just recorded it ({@link FailedJobs}): its id, type and payload (the
 * engine's job handler type and configuration), the attempt and the number of attempts, and when the next is due
 * (none when the retries have run out and the job has become an incident).
 */
public record JobFailure(String jobId, String jobType, String payload, int attempt, int attempts, Date nextTry,
    Throwable exception) {

  public boolean retriesLeft() {
    return nextTry != null;
  }

  /** Told of every failed attempt, inside the engine's command that records it (a Spring bean). */
  public interface Observer {
    void failed(JobFailure failure);
  }
}
