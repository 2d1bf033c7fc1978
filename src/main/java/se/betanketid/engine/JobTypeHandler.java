package se.betanketid.engine;

import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandlerConfiguration;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;

/** The engine's side of a {@link JobType}: the job's stored text is its payload. */
record JobTypeHandler(JobType type) implements JobHandler<JobTypeHandler.Payload> {

  record Payload(String text) implements JobHandlerConfiguration {
    @Override
    public String toCanonicalString() {
      return text;
    }
  }

  @Override
  public String getType() {
    return type.name();
  }

  @Override
  public void execute(Payload payload, ExecutionEntity execution, CommandContext context, String tenantId) {
    type.run(payload.text());
  }

  @Override
  public Payload newConfiguration(String canonicalString) {
    return new Payload(canonicalString);
  }

  @Override
  public void onDelete(Payload payload, JobEntity job) {
    // nothing kept beside the job
  }
}
