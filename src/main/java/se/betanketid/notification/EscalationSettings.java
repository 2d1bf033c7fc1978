package se.betanketid.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Whom the configurable escalations go to ({@code betanketid.escalations}); in BPMN as
 * {@code ${escalations.adviceOverdueTo}}, the value of the escalation's {@code escalateTo}.
 */
@Component("escalations")
@ConfigurationProperties("betanketid.escalations")
public class EscalationSettings {

  /**
   * The coordinator's advice is overdue: the region's coordinators by default (the manager of the municipality has
   * no authority over them); "manager", "coordinator" or "manager,coordinator".
   */
  private String adviceOverdueTo = EscalationGroups.COORDINATOR;

  public String getAdviceOverdueTo() {
    return adviceOverdueTo;
  }

  public void setAdviceOverdueTo(String value) {
    this.adviceOverdueTo = value;
  }
}
