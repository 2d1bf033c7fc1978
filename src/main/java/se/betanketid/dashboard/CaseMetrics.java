package se.betanketid.dashboard;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Prometheus gauges of the work now: {@code betanketid_cases_open{stage,region}} (stage = the BPMN id of what
 * the case waits for), {@code betanketid_tasks_overdue{kind}} (kind = the task's BPMN id),
 * {@code betanketid_children_uncovered{region}}. Computed from the engine when scraped, at most every
 * {@code betanketid.metrics.cache} (default 30 s). Labels hold ids and regions only, never a case or a person.
 */
@Component
public class CaseMetrics implements MeterBinder {

  private static final Logger LOG = LoggerFactory.getLogger(CaseMetrics.class);
  static final String UNKNOWN_REGION = "okand";

  private final LiveOverview overview;
  private final Duration cache;
  private final Set<String> registered = new HashSet<>();
  private MeterRegistry registry;
  private volatile Map<String, Integer> counts = Map.of();
  private volatile Instant refreshed = Instant.EPOCH;

  CaseMetrics(LiveOverview overview, @Value("${betanketid.metrics.cache:PT30S}") Duration cache) {
    this.overview = overview;
    this.cache = cache;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    this.registry = registry;
  }

  @EventListener(ApplicationReadyEvent.class)
  public void atStart() {
    refresh();
  }

  /** Reads the engine now and registers the gauges of any new stage, region or kind. */
  public synchronized void refresh() {
    if (registry == null) {
      return;
    }
    try {
      Map<String, Integer> now = new HashMap<>();
      LiveOverview.Snapshot snapshot = overview.snapshot();
      snapshot.cases().forEach(c -> now.merge(key("betanketid.cases.open", "stage", c.stageId(), "region",
          region(c.openCase().policeRegion())), 1, Integer::sum));
      snapshot.overdue().forEach(o -> now.merge(key("betanketid.tasks.overdue", "kind", o.taskKey()), 1,
          Integer::sum));
      snapshot.uncovered().forEach(u -> now.merge(key("betanketid.children.uncovered", "region",
          region(u.openCase().policeRegion())), 1, Integer::sum));
      counts = now;
      refreshed = Instant.now();
      now.keySet().forEach(this::register);
    } catch (RuntimeException failed) {
      LOG.warn("Case metrics could not be read: {}", failed.toString());
    }
  }

  private double value(String key) {
    if (Duration.between(refreshed, Instant.now()).compareTo(cache) > 0) {
      refresh();
    }
    return counts.getOrDefault(key, 0);
  }

  /** A series once seen stays (at 0 when empty), so a stage that empties shows 0 rather than vanishing. */
  private void register(String key) {
    if (registered.add(key)) {
      String[] parts = key.split("\\|");
      Gauge.builder(parts[0], () -> value(key)).tags(Tags.of(java.util.Arrays.copyOfRange(parts, 1, parts.length)))
          .description(description(parts[0])).strongReference(true).register(registry);
    }
  }

  private static String description(String name) {
    return switch (name) {
      case "betanketid.cases.open" -> "Open cases by stage and police region";
      case "betanketid.tasks.overdue" -> "Open tasks past their due date, by task";
      default -> "Accompanying children without a residence basis, by police region";
    };
  }

  private static String key(String name, String... tags) {
    return name + "|" + String.join("|", tags);
  }

  private static String region(String region) {
    return region == null || region.isBlank() ? UNKNOWN_REGION : region;
  }
}
