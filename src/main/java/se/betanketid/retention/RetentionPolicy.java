package se.betanketid.retention;

import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.spring.boot.starter.event.PostDeployEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * How long a closed case's history (and so its personal data) is kept: {@code betanketid.retention.days}
 * for every process and decision (default 365), with per-key exceptions under
 * {@code betanketid.retention.overrides.<key>}. Applied to every deployed version at start; history cleanup
 * (nightly window in application.yaml) then removes what has passed its time.
 */
@Component
public class RetentionPolicy {

  private static final Logger LOG = LoggerFactory.getLogger(RetentionPolicy.class);

  private final RepositoryService repository;
  private final int days;
  private final Map<String, Integer> overrides;

  RetentionPolicy(RepositoryService repository, @Value("${betanketid.retention.days:365}") int days,
      Environment environment) {
    this.repository = repository;
    this.days = days;
    this.overrides = Binder.get(environment)
        .bind("betanketid.retention.overrides", org.springframework.boot.context.properties.bind.Bindable
            .mapOf(String.class, Integer.class)).orElse(Map.of());
  }

  int daysFor(String key) {
    return overrides.getOrDefault(key, days);
  }

  /**
   * The shortest history time-to-live of the deployed processes, in days (0 if one has none): history cleanup
   * removes no process's history sooner after it ended (a called process's goes with its root's, later still).
   */
  public int shortestProcessDays() {
    return repository.createProcessDefinitionQuery().list().stream()
        .mapToInt(process -> process.getHistoryTimeToLive() == null ? 0 : process.getHistoryTimeToLive())
        .min().orElse(0);
  }

  @EventListener(PostDeployEvent.class)
  public void apply() {
    int changed = 0;
    for (ProcessDefinition process : repository.createProcessDefinitionQuery().list()) {
      int wanted = daysFor(process.getKey());
      if (!Integer.valueOf(wanted).equals(process.getHistoryTimeToLive())) {
        repository.updateProcessDefinitionHistoryTimeToLive(process.getId(), wanted);
        changed++;
      }
    }
    for (DecisionDefinition decision : repository.createDecisionDefinitionQuery().list()) {
      int wanted = daysFor(decision.getKey());
      if (!Integer.valueOf(wanted).equals(decision.getHistoryTimeToLive())) {
        repository.updateDecisionDefinitionHistoryTimeToLive(decision.getId(), wanted);
        changed++;
      }
    }
    LOG.info("History retention: {} days by default, overrides {}; {} definitions updated", days, overrides,
        changed);
  }
}
