package se.betanketid.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static se.betanketid.casefile.ApplicantType.INVESTIGATION_LEADER;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.betanketid.ProcessTestCase;

/**
 * The closed years' cache ({@link ClosedYears}) answers what reading everything from history answers: a case that
 * ends after its year was read is counted, once, as it ended; so is one that ended on an engine clock moved back.
 * The years 2016 and 2017 are used by this test only (the shared test database).
 */
class ClosedYearsIT extends ProcessTestCase {

  @Autowired YearlyStatistics statistics;
  @Autowired CaseHistory caseHistory;
  @Autowired ChildAndBreachHistory childAndBreachHistory;

  @Test
  void aCaseThatEndsAfterItsYearWasReadIsCountedOnceAsItEnded() {
    CaseDriver driver = new CaseDriver(runtimeService, taskService, managementService);
    driver.run(granted(LocalDate.of(2016, 3, 1)));
    CohortCase running = granted(LocalDate.of(2016, 5, 2)).withChildren(List.of("swedish_citizen"));
    ProcessInstance route = driver.open(running);
    ClockUtil.reset();

    YearlyReport before = statistics.forYear(2016, StatisticsScope.everything());
    assertThat(before.applications().total()).isEqualTo(2);
    assertThat(before.granted().total()).isEqualTo(1);
    assertThat(before.children().total()).isEqualTo(1);
    assertThat(before).isEqualTo(uncached(2016));

    driver.decide(route, running, false); // now, on the real clock: after the year was read
    driver.assessCoveredChildren(route);
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(route.getId()).finished()
        .count()).as("the case has ended").isEqualTo(1);
    YearlyReport after = statistics.forYear(2016, StatisticsScope.everything());
    assertThat(after.applications().total()).isEqualTo(2);
    assertThat(after.granted().total()).isEqualTo(2);
    assertThat(after.children()).isEqualTo(new YearlyReport.Children(1, 1, 0, 0, 0, 0));
    assertThat(after).isEqualTo(uncached(2016));

    // later, when the case is kept as closed, and after that, read from the cache only
    Date now = ClockUtil.getCurrentTime();
    for (int minutes : new int[] {11, 22, 33}) {
      ClockUtil.setCurrentTime(Date.from(now.toInstant().plus(Duration.ofMinutes(minutes))));
      assertThat(statistics.forYear(2016, StatisticsScope.everything())).isEqualTo(after);
      assertThat(statistics.forYears(2015, 2017, StatisticsScope.everything()).get(1)).isEqualTo(after);
    }
    assertThat(statistics.forYear(2016, StatisticsScope.municipality(ReportCohorts.STOCKHOLM)).granted().total())
        .isEqualTo(2);
    assertThat(statistics.forYear(2016, StatisticsScope.municipality(ReportCohorts.GOTEBORG)).granted().total())
        .isZero();
  }

  @Test
  void aCaseThatEndsOnAnEngineClockMovedBackIsCounted() {
    assertThat(statistics.forYear(2017, StatisticsScope.everything()).granted().total()).isZero();

    new CaseDriver(runtimeService, taskService, managementService).run(granted(LocalDate.of(2017, 4, 3)));
    ClockUtil.reset();

    YearlyReport after = statistics.forYear(2017, StatisticsScope.everything());
    assertThat(after.granted().total()).isEqualTo(1);
    assertThat(after).isEqualTo(uncached(2017));
  }

  /** The year's figures from everything read from history at once (as before the closed years were kept). */
  private YearlyReport uncached(int year) {
    LocalDate from = LocalDate.of(year, 1, 1);
    LocalDate to = from.plusYears(1);
    return YearlyStatistics.compute(year, caseHistory.cases(from, to), childAndBreachHistory.children(from, to),
        childAndBreachHistory.breaches(from, to));
  }

  private static CohortCase granted(LocalDate decided) {
    return CohortCase.granted(INVESTIGATION_LEADER, "female", ReportCohorts.STOCKHOLM, decided.minusDays(4),
        decided.minusDays(3), decided, "ASYLUM");
  }
}
