package se.betanketid.notification;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * "mail" in {@code /actuator/health}: DOWN while the SMTP server refuses the mails (the last send failed and none
 * has gone out since), UP when the last one went out. Fed by the sends themselves ({@link MailDispatch}), not
 * by probing the server: a probe would not see a server that answers but refuses to deliver (a login that
 * expired, relaying denied), and every health check would open an SMTP connection. Its details (shown to
 * administrators only, application.yaml) say since when and how often it failed, and how: the kind of failure,
 * never an address. Replaces Spring Boot's probing mail indicator (same bean name). Each node tells of its own
 * sends.
 */
@Component("mailHealthIndicator")
class MailHealth implements HealthIndicator {

  private record State(Instant lastSent, Instant failingSince, int failures, String lastFailure) {}

  private final AtomicReference<State> state = new AtomicReference<>(new State(null, null, 0, null));

  void sent() {
    state.updateAndGet(before -> new State(Instant.now(), null, 0, null));
  }

  void failed(String failure) {
    state.updateAndGet(before -> new State(before.lastSent(),
        before.failingSince() == null ? Instant.now() : before.failingSince(), before.failures() + 1, failure));
  }

  @Override
  public Health health() {
    State now = state.get();
    Health.Builder health = now.failures() > 0 ? Health.down() : Health.up();
    if (now.lastSent() != null) {
      health.withDetail("lastSent", now.lastSent().toString());
    }
    if (now.failures() > 0) {
      health.withDetail("failingSince", now.failingSince().toString())
          .withDetail("failedSends", now.failures())
          .withDetail("lastFailure", now.lastFailure())
          .withDetail("meanwhile", "the mails wait in the engine and are retried (docs/notifications.md)");
    }
    return health.build();
  }
}
