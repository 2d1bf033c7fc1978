package se.betanketid.benchmark;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;

/**
 * One instance that the throughput benchmark drives in two halves: {@link #open()} up to where the engine
 * works on its own (an asynchronous continuation run by the job executor), {@link #finish()} to the end once
 * {@link #readyToFinish()}. Every step runs as the demo user who does it in Tasklist (authenticated, with
 * authorization checks), through the engine's Java API.
 */
abstract class BenchCase {

  private static final Map<String, LongAdder[]> STEPS = Collections.synchronizedMap(new LinkedHashMap<>());

  protected final ProcessEngine engine;

  BenchCase(ProcessEngine engine) {
    this.engine = engine;
  }

  abstract void open();

  abstract boolean readyToFinish();

  abstract void finish();

  /** The process instance whose end is the end of the case. */
  abstract String rootInstanceId();

  /** Runs the work as the user with the group (as Tasklist's REST calls would be authenticated). */
  protected void as(String user, String group, Runnable work) {
    IdentityService identity = engine.getIdentityService();
    identity.setAuthentication(user, List.of(group));
    try {
      work.run();
    } finally {
      identity.clearAuthentication();
    }
  }

  /** Mean milliseconds per named step over all cases since the last {@link #resetSteps()}, in first-seen order. */
  static Map<String, Double> stepMeans() {
    Map<String, Double> means = new LinkedHashMap<>();
    STEPS.forEach((step, sums) -> means.put(step, sums[0].sum() / 1e6 / Math.max(1, sums[1].sum())));
    return means;
  }

  static void resetSteps() {
    STEPS.clear();
  }

  /** Runs one step of the case and adds its time to the step's total. */
  protected void step(String name, Runnable work) {
    long start = System.nanoTime();
    work.run();
    LongAdder[] sums = STEPS.computeIfAbsent(name, n -> new LongAdder[] {new LongAdder(), new LongAdder()});
    sums[0].add(System.nanoTime() - start);
    sums[1].increment();
  }

  /** Finds the user's task in the instance (a Tasklist query, with authorization) and completes it as the user. */
  protected void complete(String processInstanceId, String taskKey, Map<String, Object> values) {
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId)
        .taskDefinitionKey(taskKey).singleResult();
    if (task == null) {
      throw new IllegalStateException("No task " + taskKey + " in process instance " + processInstanceId);
    }
    engine.getTaskService().complete(task.getId(), values);
  }

}
