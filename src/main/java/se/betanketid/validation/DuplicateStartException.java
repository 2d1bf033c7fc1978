package se.betanketid.validation;

import java.time.Duration;
import org.camunda.bpm.engine.ProcessEngineException;

/** A start that repeats one the same user made a moment ago: nothing is started; the REST API answers 409. */
public class DuplicateStartException extends ProcessEngineException {

  public DuplicateStartException(Duration window) {
    super("Ärendet är redan startat: du skickade in exakt samma uppgifter för mindre än " + window.toMinutes()
        + " minuter sedan. Se efter i Tasklist om ärendet finns där. Är det en ny person, ändra uppgifterna.");
  }
}
