package se.betanketid.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
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
import org.springframework.jdbc.core.JdbcTemplate;
import se.betanketid.BetanketidApplication;
import se.betanketid.casefile.ApplicantType;
import se.betanketid.register.RegisterRetention;

/**
 * History cleanup removes a closed case's history, and the register's retention its {@code case_file} rows: the
 * personal data are gone, the yearly figures (read from the anonymous {@code case_fact}) stay to the last digit.
 * The cleanup removes every history past its time, so this runs on a database of its own (the shared test database
 * holds other tests' cases of past years), in an application of its own.
 */
@Tag("separate-jvm") // an engine "default" of its own, on its own database
class FiguresOutliveCleanupIT {

  @Test
  void aCaseRemovedByHistoryCleanupLeavesItsPersonalDataBehindNotItsFigures() {
    try (ConfigurableApplicationContext app = new SpringApplicationBuilder(BetanketidApplication.class)
        .profiles("test")
        .run("--server.port=0", "--spring.main.banner-mode=off",
            "--spring.datasource.url=jdbc:h2:mem:figures-outlive-cleanup;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=30000")) {
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
      JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
      String caseNumber = (String) history.createHistoricVariableInstanceQuery().processInstanceId(removed.getId())
          .variableName("caseNumber").singleResult().getValue();
      List<YearlyReport> before = statistics.forYears(2017, 2019, StatisticsScope.everything());
      assertThat(before.get(1).granted().total()).isEqualTo(2);
      assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_file WHERE case_id = ?", Integer.class,
          removed.getId())).isEqualTo(1);

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
      app.getBean(RegisterRetention.class).sweep();

      assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_file WHERE case_id = ? OR case_number = ?",
          Integer.class, removed.getId(), caseNumber)).as("the case's register rows are removed").isZero();
      assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_task WHERE case_id = ?", Integer.class,
          removed.getId())).isZero();
      assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(removed.getId()).count()).isZero();
      List<YearlyReport> after = statistics.forYears(2017, 2019, StatisticsScope.everything());
      assertThat(after).as("the figures, to the last digit").isEqualTo(before);
      assertThat(after.get(1).granted().total()).isEqualTo(2);
      assertThat(after.get(1).applications().total()).isEqualTo(2);
    }
  }

  private static CohortCase granted(LocalDate decided) {
    return CohortCase.granted(ApplicantType.INVESTIGATION_LEADER, "male", ReportCohorts.GOTEBORG,
        decided.minusDays(4), decided.minusDays(3), decided, "NO_FURTHER_ACTION");
  }
}
