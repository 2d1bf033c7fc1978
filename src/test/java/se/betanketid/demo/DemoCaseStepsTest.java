package se.betanketid.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import se.betanketid.calendar.EngineTime;

/** The demo data's clock: a step of today never happens later than now (no "Skapad om 5 timmar"). */
class DemoCaseStepsTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

  @Test
  void aStepOfTodayBeforeTenOClockHappensNow() {
    Instant sixFifteen = ZonedDateTime.of(TODAY.atTime(6, 15), EngineTime.SWEDEN).toInstant();
    assertThat(DemoCaseSteps.moment(TODAY, sixFifteen)).isEqualTo(sixFifteen);
  }

  @Test
  void aStepOfAnEarlierDayOrOfTodayAfterTenHappensAtTen() {
    Instant afternoon = ZonedDateTime.of(TODAY.atTime(15, 0), EngineTime.SWEDEN).toInstant();
    assertThat(DemoCaseSteps.moment(TODAY, afternoon))
        .isEqualTo(ZonedDateTime.of(TODAY.atTime(10, 0), EngineTime.SWEDEN).toInstant());
    assertThat(DemoCaseSteps.moment(TODAY.minusDays(6), afternoon))
        .isEqualTo(ZonedDateTime.of(TODAY.minusDays(6).atTime(10, 0), EngineTime.SWEDEN).toInstant());
  }
}
