package se.betanketid.validation;

import org.camunda.bpm.engine.ProcessEngineException;

/**
 * Bad input on a start or a task completion, with a Swedish message that names the field. Thrown inside the
 * engine's transaction, so nothing is started or completed; the REST API answers 400.
 */
public class CaseValidationException extends ProcessEngineException {

  private final String field;

  public CaseValidationException(String field, String swedishMessage) {
    super(swedishMessage);
    this.field = field;
  }

  public String getField() {
    return field;
  }
}
