package se.betanketid.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/** Time as the engine sees it (ClockUtil, so that tests can move it), in Swedish time. */
public final class EngineTime {

  public static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

  private EngineTime() {}

  public static Date now() {
    return ClockUtil.getCurrentTime();
  }

  /** Moves the engine's clock (the demo data's days; tests): JVM-wide, for every engine and thread. */
  public static void set(Date now) {
    ClockUtil.setCurrentTime(now);
  }

  /** The engine's clock back to the real time. */
  public static void reset() {
    ClockUtil.reset();
  }

  public static LocalDate today() {
    return toZoned(now()).toLocalDate();
  }

  /** Accepts Date, LocalDate, Instant, or an ISO string ("2026-05-01" or "2026-05-01T10:00+02:00"). */
  public static ZonedDateTime toZoned(Object value) {
    if (value instanceof Date date) {
      return date.toInstant().atZone(SWEDEN);
    }
    if (value instanceof Instant instant) {
      return instant.atZone(SWEDEN);
    }
    if (value instanceof LocalDate day) {
      return day.atStartOfDay(SWEDEN);
    }
    if (value instanceof String text && !text.isBlank()) {
      return text.length() <= 10
          ? LocalDate.parse(text).atStartOfDay(SWEDEN)
          : OffsetDateTime.parse(text).atZoneSameInstant(SWEDEN);
    }
    throw new IllegalArgumentException("Not a date: " + value);
  }

  /** A day without a time of day: a LocalDate or an ISO date string. */
  public static boolean isDay(Object value) {
    return value instanceof LocalDate || (value instanceof String text && text.length() <= 10);
  }

  public static LocalDate toLocalDate(Object value) {
    return toZoned(value).toLocalDate();
  }
}
