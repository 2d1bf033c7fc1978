package se.betanketid.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Swedish working days over the holidays that matter (jollyday's Swedish calendar), and calendar-day deadlines. */
class WorkingDaysTest {

  private final WorkingDays workdays = new WorkingDays();
  private final CalendarDays days = new CalendarDays();

  @AfterEach
  void resetEngineClock() {
    ClockUtil.reset();
  }

  @ParameterizedTest(name = "{0} + {1} working days = {2} ({3})")
  @CsvSource({
      "2025-04-17, 1, 2025-04-22, Maundy Thursday: Good Friday and Easter Monday are holidays",
      "2025-04-17, 2, 2025-04-23, Easter 2025",
      "2026-04-02, 1, 2026-04-07, Easter 2026",
      "2025-06-19, 1, 2025-06-23, Midsummer Eve 2025 is not a working day",
      "2026-06-18, 1, 2026-06-22, Midsummer Eve 2026 is not a working day",
      "2025-12-23, 1, 2025-12-29, Christmas 2025",
      "2026-12-23, 1, 2026-12-28, Christmas 2026",
      "2025-12-30, 1, 2026-01-02, New Year's Eve and Day 2025/26",
      "2026-12-30, 1, 2027-01-04, New Year's Eve and Day 2026/27 and a weekend",
      "2026-01-05, 1, 2026-01-07, Epiphany",
      "2025-05-28, 1, 2025-05-30, Ascension Day",
      "2025-06-05, 1, 2025-06-09, National Day",
      "2026-04-30, 1, 2026-05-04, May Day and a weekend",
      "2026-10-30, 1, 2026-11-02, All Saints' Day falls on a Saturday",
      "2025-11-14, 1, 2025-11-17, an ordinary weekend",
      "2025-11-11, 3, 2025-11-14, an ordinary week",
      "2025-11-11, 0, 2025-11-11, zero working days"})
  void addsWorkingDays(LocalDate from, int workingDays, LocalDate expected, String why) {
    assertThat(dayOf(workdays.plus(from, workingDays))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} is a working day: {1}")
  @CsvSource({
      "2025-04-18, false", "2025-04-21, false", "2025-06-20, false", "2025-06-21, false",
      "2026-06-19, false", "2025-12-24, false", "2025-12-25, false", "2025-12-26, false",
      "2025-12-31, false", "2026-01-01, false", "2026-01-06, false", "2026-06-06, false",
      "2025-04-17, true", "2025-06-19, true", "2025-12-23, true", "2025-12-29, true", "2026-01-02, true",
      "2026-01-05, true", "2026-04-30, true", "2026-10-30, true"})
  void knowsTheSwedishHolidays(LocalDate day, boolean working) {
    assertThat(workdays.isWorkingDay(day)).isEqualTo(working);
  }

  @Test
  void keepsTheTimeOfDayAcrossTheSwitchToSummerTime() {
    Date friday = at(2025, 3, 28, 14, 30);
    assertThat(workdays.plus(friday, 1)).isEqualTo(at(2025, 3, 31, 14, 30));
  }

  @Test
  void fromADayTheDeadlineIsTheEndOfTheWorkday() {
    assertThat(workdays.plus(LocalDate.of(2025, 4, 17), 1)).isEqualTo(at(2025, 4, 22, 17, 0));
    assertThat(workdays.plus("2026-06-18", 1)).isEqualTo(at(2026, 6, 22, 17, 0));
  }

  @Test
  void plusCountsFromTheEngineClock() {
    ClockUtil.setCurrentTime(at(2025, 12, 23, 9, 0));
    assertThat(workdays.plus(2)).isEqualTo(at(2025, 12, 30, 9, 0));
    ClockUtil.setCurrentTime(at(2026, 6, 18, 16, 45));
    assertThat(workdays.plus(1)).isEqualTo(at(2026, 6, 22, 16, 45));
  }

  @Test
  void acceptsIsoStrings() {
    assertThat(dayOf(workdays.plus("2025-04-17", 1))).isEqualTo(LocalDate.of(2025, 4, 22));
    assertThat(workdays.plus("2025-04-17T10:00+02:00", 1)).isEqualTo(at(2025, 4, 22, 10, 0));
  }

  @Test
  void daysBeforeIsTheStartOfTheWorkdayThatManyCalendarDaysEarlier() {
    assertThat(days.before("2026-05-31", 7)).isEqualTo(at(2026, 5, 24, 8, 0));
    assertThat(days.before(at(2026, 1, 3, 17, 0), 10)).isEqualTo(at(2025, 12, 24, 8, 0));
    assertThat(days.before(LocalDate.of(2026, 3, 31), 3)).isEqualTo(at(2026, 3, 28, 8, 0));
  }

  @Test
  void daysAfterAndOn() {
    assertThat(days.after("2026-05-01", 30)).isEqualTo(at(2026, 5, 31, 8, 0));
    assertThat(days.on("2026-05-01")).isEqualTo(at(2026, 5, 1, 8, 0));
  }

  @Test
  void monthsAfterNowCountsFromTheEngineClock() {
    ClockUtil.setCurrentTime(at(2026, 1, 15, 11, 0));
    assertThat(days.monthsAfterNow(4)).isEqualTo(at(2026, 5, 15, 11, 0));
  }

  private static Date at(int year, int month, int day, int hour, int minute) {
    ZonedDateTime time = LocalDateTime.of(year, month, day, hour, minute).atZone(EngineTime.SWEDEN);
    return Date.from(time.toInstant());
  }

  private static LocalDate dayOf(Date date) {
    return EngineTime.toLocalDate(date);
  }
}
