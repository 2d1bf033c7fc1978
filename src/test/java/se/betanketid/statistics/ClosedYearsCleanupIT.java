package se.betanketid.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import se.betanketid.BetanketidApplication;
import se.betanketid.casefile.ApplicantType;

/**
 * History cleanup removes a closed case that the closed years' cache ({@link ClosedYears}) holds: the figures
 * shrink. The cleanup removes every history past its time, so this runs on a database of its own (the shared
 * test database holds other tests' cases of past years), in an application of its own.
 */
@Tag("separate-jvm") // an engine "default" of its own, on its own database
class ClosedYearsCleanupIT {

  @Test
  void aCaseRemovedByHistoryCleanupLeavesTheFigures() {
    try (ConfigurableApplicationContext app = new SpringApplicationBuilder(BetanketidApplication.class)
        .profiles("test")
        .run("--server.port=0", "--spring.main.banner-mode=off",
            "--spring.datasource.url=jdbc:h2:mem:closed-years-cleanup;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=30000")) {
      YearlyStatistics statistics = app.getBean(YearlyStatistics.class);
      HistoryService history = app.getBean(HistoryService.class);
      ManagementService management = app.getBean(ManagementService.class);
      CaseDriver driver = new CaseDriver(app.getBean(RuntimeService.class), app.getBean(TaskService.class),
          management);
      ProcessInstance removed;
      try {
        // ended in 2018: its history's time (365 days) has passed
        removed = driver.run(granted(LocalDate.of(2018, 3, 5)));
        CohortCase kept = granted(LocalDate.of(2018, 4, 9));
        ProcessInstance route = driver.open(kept);
        ClockUtil.reset();
        driver.decide(route, kept, false); // ends now: kept for 365 days
      } finally {
        ClockUtil.reset();
      }
      assertThat(statistics.forYear(2018, StatisticsScope.everything()).granted().total()).isEqualTo(2);
      assertThat(statistics.forYear(2018, StatisticsScope.everything()).granted().total()).isEqualTo(2);

      history.cleanUpHistoryAsync(true);
      for (int round = 0; round < 10; round++) {
        for (Job job : history.findHistoryCleanupJobs()) {
          if (job.getDuedate() == null || !job.getDuedate().after(ClockUtil.getCurrentTime())) {
            management.executeJob(job.getId());
          }
        }
      }

      assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(removed.getId()).count())
          .as("the case's history is removed").isZero();
      YearlyReport after = statistics.forYear(2018, StatisticsScope.everything());
      assertThat(after.granted().total()).isEqualTo(1);
      assertThat(after.applications().total()).isEqualTo(1);
    }
  }

  private static CohortCase granted(LocalDate decided) {
    return CohortCase.granted(ApplicantType.INVESTIGATION_LEADER, "male", ReportCohorts.GOTEBORG,
        decided.minusDays(4), decided.minusDays(3), decided, "NO_FURTHER_ACTION");
  }
}
