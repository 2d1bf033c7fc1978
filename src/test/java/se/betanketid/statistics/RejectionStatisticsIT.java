package se.betanketid.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static se.betanketid.casefile.ApplicantType.INVESTIGATION_LEADER;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.betanketid.ProcessTestCase;

/**
 * Migrationsverket's rejections, counted by their coded ground from cases run through the real process; the
 * decision's own words never reach the facts. The year 2012 is used by this test only (the shared test database).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RejectionStatisticsIT extends ProcessTestCase {

  private static final String WORDS = "Underlaget räckte inte för att anta att personen är offer.";

  @Autowired YearlyStatistics statistics;
  @Autowired JdbcTemplate jdbc;

  @BeforeAll
  void rejectionsIn2012() {
    CaseDriver driver = new CaseDriver(runtimeService, taskService, managementService);
    try {
      driver.rejectingFor("not_presumed_victim");
      for (int i = 0; i < 5; i++) {
        driver.run(rejected(LocalDate.of(2012, 3, 9 + i)));
      }
      driver.rejectingFor("has_residence_permit").run(rejected(LocalDate.of(2012, 5, 10)));
      driver.rejectingFor("other").run(rejected(LocalDate.of(2012, 6, 14)));
    } finally {
      ClockUtil.reset();
    }
  }

  @Test
  void rejectionsAreCountedByTheirGroundInTheYearOfTheDecision() {
    YearlyReport year = statistics.forYear(2012, StatisticsScope.everything());

    assertThat(year.rejections().total()).isEqualTo(7);
    assertThat(year.rejections().byReason()).containsExactly(entry("has_residence_permit", 1),
        entry("not_in_sweden", 0), entry("not_presumed_victim", 5), entry("other", 1), entry("not_recorded", 0));
  }

  @Test
  void theFactsHoldTheCodeAndNeverTheDecisionsWords() {
    Map<String, Integer> byReason = new LinkedHashMap<>();
    jdbc.query("SELECT rejection_reason, COUNT(*) FROM case_fact WHERE decision_result = 'rejected'"
        + " AND decision_year = 2012 GROUP BY rejection_reason", rs -> {
          byReason.put(rs.getString(1), rs.getInt(2));
        });
    assertThat(byReason).containsOnly(entry("not_presumed_victim", 5), entry("has_residence_permit", 1),
        entry("other", 1));
    assertThat(jdbc.queryForList("SELECT * FROM case_fact WHERE decision_year = 2012").toString())
        .doesNotContain(WORDS);
  }

  @Test
  void theTableAndTheExportShowTheGroundsWithSmallCountsHidden() {
    String national = rest("eva").get("/api/statistics.csv?year=2012").body();
    assertThat(national).contains("Avslag från Migrationsverket;7\r\n")
        .contains("skäl: Personen kan inte antas vara offer för människohandel eller människoexploatering;5\r\n")
        .contains("skäl: Personen har redan uppehållstillstånd i Sverige;<5\r\n")
        .contains("skäl: Annat;<5\r\n")
        .contains("skäl: Personen befinner sig inte i Sverige;0\r\n")
        .doesNotContain("has_residence_permit").doesNotContain(WORDS);

    JsonNode eva = rest("eva").get("/api/statistics?year=2012").json();
    assertThat(eva.get("figures").get("rejections").get("byReason").get("other").asText()).isEqualTo("<5");
    assertThat(eva.get("figures").get("rejections").get("byReason").get("not_presumed_victim").asInt())
        .isEqualTo(5);
    JsonNode maria = rest("maria").get("/api/statistics?year=2012").json();
    assertThat(maria.get("figures").get("rejections").get("byReason").get("other").asInt()).isEqualTo(1);
    assertThat(maria.toString()).doesNotContain(WORDS);
  }

  private static CohortCase rejected(LocalDate decided) {
    return CohortCase.granted(INVESTIGATION_LEADER, "female", ReportCohorts.STOCKHOLM, decided.minusDays(4),
        decided.minusDays(3), decided, "REJECTED").rejected();
  }
}
