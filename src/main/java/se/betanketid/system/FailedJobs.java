package se.betanketid.system;

import java.util.List;
import org.camunda.bpm.engine.impl.bpmn.parser.FailedJobRetryConfiguration;
import org.camunda.bpm.engine.impl.cmd.DefaultJobRetryCmd;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.impl.util.ParseUtil;
import org.springframework.stereotype.Component;
import se.betanketid.engine.EngineHook;
import se.betanketid.engine.EngineHooks;
import se.betanketid.engine.Hook;
import se.betanketid.engine.Jobs;

/**
 * What happens when a job fails, on top of Camunda's retry strategy (the retries and back-off of
 * {@code camunda:failedJobRetryTimeCycle}, an incident when they run out):
 * <ul>
 *   <li>A job whose retries have run out is due at once: when someone retries it (Cockpit's "Retry",
 *       {@code PUT /engine-rest/job/{id}/retries}), it runs at the job executor's next round. Camunda keeps the
 *       due date of the last back-off (four hours ahead for a mail), and setting the retries keeps it too, so the
 *       retried mail used to wait another four hours. A job without retries is never picked up, so the earlier
 *       due date changes nothing else.</li>
 *   <li>A job of our own ({@code engine.JobType}, e.g. a mail) is retried with its type's retry cycle, as the engine
 *       retries a BPMN's asynchronous step with its {@code camunda:failedJobRetryTimeCycle}.</li>
 *   <li>Each failed attempt is told to the {@link JobFailure.Observer}s (e.g. the mail's log line), with the
 *       attempt, the number of attempts and when the next one is due.</li>
 * </ul>
 */
@Component
class FailedJobs implements EngineHook {

  private final List<JobFailure.Observer> observers;

  FailedJobs(List<JobFailure.Observer> observers) {
    this.observers = observers;
  }

  @Override
  public void addTo(EngineHooks engine) {
    engine.failedJobCommands(Hook.FAILED_JOBS, (jobId, exception) -> new RetryCmd(jobId, exception, observers));
  }

  static final class RetryCmd extends DefaultJobRetryCmd {

    private final List<JobFailure.Observer> observers;

    RetryCmd(String jobId, Throwable exception, List<JobFailure.Observer> observers) {
      super(jobId, exception);
      this.observers = observers;
    }

    @Override
    public Object execute(CommandContext context) {
      JobEntity job = getJob();
      String ownCycle = job == null ? null : Jobs.retryCycleOf(job.getJobHandlerType());
      if (ownCycle == null) {
        super.execute(context);
      } else {
        retryOwn(context, job);
      }
      if (job == null) {
        return null;
      }
      boolean exhausted = job.getRetries() <= 0;
      if (exhausted) {
        job.setDuedate(ClockUtil.getCurrentTime());
      }
      if (!observers.isEmpty()) {
        int attempts = attempts(context, job);
        JobFailure failure = new JobFailure(job.getId(), job.getJobHandlerType(),
            job.getJobHandlerConfigurationRaw(), attempts - job.getRetries(), attempts,
            exhausted ? null : job.getDuedate(), exception);
        observers.forEach(observer -> observer.failed(failure));
      }
      return null;
    }

    /** The engine's own strategy for a retry cycle, with our job type's cycle in place of an activity's. */
    private void retryOwn(CommandContext context, JobEntity job) {
      try {
        executeCustomStrategy(context, job, null);
      } catch (Exception unreadableCycle) {
        executeStandardStrategy(context);
      }
    }

    /** An activity's retry cycle; for a job of ours (no activity) its type's; null for the engine's others. */
    @Override
    public FailedJobRetryConfiguration getFailedJobRetryConfiguration(JobEntity job, ActivityImpl activity) {
      if (activity != null) {
        return super.getFailedJobRetryConfiguration(job, activity);
      }
      String ownCycle = Jobs.retryCycleOf(job.getJobHandlerType());
      return ownCycle == null ? null : ParseUtil.parseRetryIntervals(ownCycle);
    }

    private int attempts(CommandContext context, JobEntity job) {
      ActivityImpl activity = job.getExecutionId() == null ? null : getCurrentActivity(context, job);
      FailedJobRetryConfiguration retries = getFailedJobRetryConfiguration(job, activity);
      return retries != null ? retries.getRetries()
          : context.getProcessEngineConfiguration().getDefaultNumberOfRetries();
    }
  }
}
