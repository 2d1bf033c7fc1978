package se.betanketid.system;

import jakarta.annotation.Priority;
import jakarta.ws.rs.ext.Provider;
import org.camunda.bpm.engine.rest.exception.ExceptionHandler;

/**
 * An unexpected failure inside the engine (not a ProcessEngineException, which {@link EngineExceptionMapper}
 * answers): when it happened in a call about a task someone else just completed, 404 with the Swedish message;
 * anything else as Camunda answers it (500).
 */
@Provider
@Priority(1)
public class TaskGoneMapper extends EngineAnswerMapper<RuntimeException> {

  public TaskGoneMapper() {
    super(new ExceptionHandler());
  }
}
