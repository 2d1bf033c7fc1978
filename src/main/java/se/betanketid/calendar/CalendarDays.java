package se.betanketid.calendar;

import java.time.LocalTime;
import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * Calendar-day deadlines for BPMN expressions, e.g. {@code ${days.before(validUntil, 7)}}: the start of
 * the day seven days before the reflection period ends (08:00 Swedish time, when people are at work).
 */
@Component("days")
public class CalendarDays {

  static final LocalTime START_OF_WORKDAY = LocalTime.of(8, 0);

  public Date before(Object date, int days) {
    return atStartOfWorkday(date, -days);
  }

  public Date after(Object date, int days) {
    return atStartOfWorkday(date, days);
  }

  public Date on(Object date) {
    return atStartOfWorkday(date, 0);
  }

  /** The start of the workday {@code months} months after a day, e.g. a child investigation's four months. */
  public Date monthsAfter(Object date, int months) {
    return Date.from(EngineTime.toLocalDate(date).plusMonths(months).atTime(START_OF_WORKDAY)
        .atZone(EngineTime.SWEDEN).toInstant());
  }

  public Date monthsAfterNow(int months) {
    return Date.from(EngineTime.toZoned(EngineTime.now()).plusMonths(months).toInstant());
  }

  private static Date atStartOfWorkday(Object date, int offset) {
    return Date.from(EngineTime.toLocalDate(date).plusDays(offset).atTime(START_OF_WORKDAY)
        .atZone(EngineTime.SWEDEN).toInstant());
  }
}
