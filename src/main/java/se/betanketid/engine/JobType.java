package se.betanketid.engine;

/**
 * A kind of job of our own, for work that must happen after its transaction commits and must not be lost: the engine
 * keeps each as a job row, runs it after the commit that queued it ({@link Jobs#queue}), retries it with this back-off
 * when it fails and makes it an incident when the tries run out, as it does for a BPMN's asynchronous service task,
 * but without a process instance around it. A feature's bean adds its type with {@link EngineHooks#jobType}.
 */
public interface JobType {

  /** The name stored with each job (the engine's job handler type). */
  String name();

  /**
   * The key of the process definition its jobs and their incidents are filed under, so that Cockpit counts and lists
   * them there and only who may read that definition's instances sees them; the jobs belong to no instance of it.
   */
  String processKey();

  /** The waits between tries, as a BPMN's {@code camunda:failedJobRetryTimeCycle}, e.g. {@code PT1M,PT5M}. */
  String retryCycle();

  /** Does the job's work; an exception fails this try and leaves the job for the next. */
  void run(String payload);
}
