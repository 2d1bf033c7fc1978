package se.betanketid.engine;

import java.util.concurrent.Callable;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.persistence.entity.MessageEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.springframework.stereotype.Component;

/** Queues jobs of our own {@link JobType}s in the engine's transaction. */
@Component
public class Jobs {

  private final CommandExecutor commands;

  Jobs(ProcessEngineConfigurationImpl engine) {
    this.commands = engine.getCommandExecutorTxRequired();
  }

  /**
   * Runs the work in the engine command (and transaction) running now, or in a new one when there is none, without
   * the current user's authorization checks: the engine's own work on her behalf.
   */
  public <T> T inCommandWithoutAuthorization(Callable<T> work) {
    return commands.execute(context -> context.runWithoutAuthorization(work));
  }

  /**
   * Queues one job of the type in the running command: it is written with the command's transaction and runs after
   * that commits (none if it rolls back). Filed under the latest version of the type's process definition, of no
   * instance. Not exclusive: belonging to no process instance, nothing else waits for it nor it for anything.
   */
  public static void queue(JobType type, String payload) {
    CommandContext context = Context.getCommandContext();
    if (context == null) {
      throw new IllegalStateException("A job of ours must be queued inside an engine command");
    }
    ProcessDefinitionEntity process = context.getProcessEngineConfiguration().getDeploymentCache()
        .findDeployedLatestProcessDefinitionByKey(type.processKey());
    MessageEntity job = new MessageEntity();
    job.setProcessDefinitionId(process.getId());
    job.setProcessDefinitionKey(process.getKey());
    job.setDeploymentId(process.getDeploymentId());
    job.setJobHandlerType(type.name());
    job.setJobHandlerConfigurationRaw(payload);
    job.setExclusive(false);
    context.getJobManager().send(job);
  }

  /** The retry cycle of our job type of this name, or null for the engine's own jobs. */
  public static String retryCycleOf(String jobHandlerType) {
    return Context.getProcessEngineConfiguration().getJobHandlers().get(jobHandlerType) instanceof JobTypeHandler own
        ? own.type().retryCycle() : null;
  }
}
