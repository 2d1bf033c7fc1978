package se.betanketid.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.MeterRegistry;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import se.betanketid.ProcessTestCase;
import se.betanketid.dashboard.CaseMetrics;
import se.betanketid.statistics.YearlyReport.Spread;

/**
 * The report's table reproduced from cases run through the real processes ({@link ReportCohorts}). The test
 * database is shared by the whole suite: the years 2022 and 2023 are used by this test only, so the whole
 * country's figures for those years are exactly this cohort.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class YearlyStatisticsIT extends ProcessTestCase {

  @Autowired YearlyStatistics statistics;
  @Autowired MeterRegistry meters;
  @Autowired CaseMetrics caseMetrics;

  double grantedBefore;
  double rejectedBefore;

  @BeforeAll
  void runTheCohortsThroughTheProcesses() {
    grantedBefore = decisions("granted");
    rejectedBefore = decisions("rejected");
    CaseDriver driver = new CaseDriver(runtimeService, taskService, managementService);
    try {
      ReportCohorts.year2022().forEach(driver::run);
      ReportCohorts.year2023().forEach(driver::run);
    } finally {
      ClockUtil.reset();
    }
  }

  @Test
  void reproducesThePublishedTable() {
    YearlyReport y2022 = statistics.forYear(2022, StatisticsScope.everything());
    YearlyReport y2023 = statistics.forYear(2023, StatisticsScope.everything());

    assertThat(y2022.granted().total()).isEqualTo(20);
    assertThat(y2022.granted().bySex()).contains(entry("female", 12), entry("male", 8), entry("other", 0));
    assertThat(y2022.granted().socialServices()).isEqualTo(5);
    assertThat(y2023.granted().total()).isEqualTo(22);
    assertThat(y2023.granted().bySex()).contains(entry("female", 14), entry("male", 8), entry("other", 0));
    assertThat(y2023.granted().socialServices()).isEqualTo(10);
    assertThat(y2023.granted().socialServicesViaCoordinator()).isEqualTo(7);
    // the report has no figure for 2022 ("–"); the cohort has two
    assertThat(y2022.granted().socialServicesViaCoordinator()).isEqualTo(2);
  }

  @Test
  void placesEachCaseInTheRightYear() {
    YearlyReport y2022 = statistics.forYear(2022, StatisticsScope.everything());
    YearlyReport y2023 = statistics.forYear(2023, StatisticsScope.everything());

    // applied in December 2022, granted in January 2023
    assertThat(y2022.applications()).isEqualTo(new YearlyReport.Applications(21, 5, 16, 2));
    assertThat(y2023.applications()).isEqualTo(new YearlyReport.Applications(22, 11, 11, 7));
    assertThat(y2022.granted().investigationLeader()).isEqualTo(15);
    assertThat(y2023.granted().investigationLeader()).isEqualTo(12);

    assertThat(y2022.rejections().total()).isZero();
    assertThat(y2022.rejections().byReason().values()).containsOnly(0);
    assertThat(y2023.rejections().total()).isEqualTo(1);
    // counted by the coded ground; Migrationsverket's own words are free text the facts never keep
    assertThat(y2023.rejections().byReason()).containsExactly(entry("has_residence_permit", 0),
        entry("not_in_sweden", 0), entry("not_presumed_victim", 1), entry("other", 0), entry("not_recorded", 0));
    assertThat(y2023.rejections().notEligible()).isEqualTo(1);

    assertThat(y2022.outcomes()).contains(entry("NO_FURTHER_ACTION", 7), entry("NATIONAL_SUPPORT_PROGRAMME", 7),
        entry("ASYLUM", 6), entry("REJECTED", 0), entry("PERMIT_SIX_MONTHS", 0));
    assertThat(y2023.outcomes()).contains(entry("NO_FURTHER_ACTION", 8), entry("NATIONAL_SUPPORT_PROGRAMME", 7),
        entry("ASYLUM", 7), entry("REJECTED", 1), entry("NOT_ELIGIBLE", 1));
  }

  @Test
  void countsFormsChildrenDaysAndBreaches() {
    YearlyReport y2022 = statistics.forYear(2022, StatisticsScope.everything());
    YearlyReport y2023 = statistics.forYear(2023, StatisticsScope.everything());

    // one category per person, as the report's Tabell 1: sexual + criminal is "multipel exploatering" only
    assertThat(y2022.exploitationForms()).contains(entry("sexual", 5), entry("labour", 5), entry("criminal", 0),
        entry("begging", 5), entry("household", 0), entry("forced_marriage", 0), entry("multiple", 5),
        entry("not_reported", 0));
    assertThat(y2023.exploitationForms()).contains(entry("sexual", 6), entry("labour", 6), entry("criminal", 0),
        entry("begging", 5), entry("multiple", 5));
    for (YearlyReport year : java.util.List.of(y2022, y2023)) {
      assertThat(year.exploitationForms().values().stream().mapToInt(Integer::intValue).sum())
          .as("the rows add up to the persons granted").isEqualTo(year.granted().total());
      var table = YearlyTable.rows(year);
      int rows = table.stream().filter(row -> row.key().startsWith("exploitationForms.")
          && !row.key().equals("exploitationForms.total")).mapToInt(row -> row.value().intValue()).sum();
      assertThat(rows).isEqualTo(year.granted().total());
      assertThat(table.stream().filter(row -> row.key().equals("exploitationForms.total")).findFirst().orElseThrow()
          .value()).isEqualTo(year.granted().total());
    }

    assertThat(y2022.children()).isEqualTo(new YearlyReport.Children(0, 0, 0, 0, 0, 0));
    assertThat(y2023.children()).isEqualTo(new YearlyReport.Children(2, 1, 1, 0, 0, 1));

    assertThat(y2022.days().identificationToApplication()).isEqualTo(new Spread(21, 1.0, 2.0));
    assertThat(y2022.days().applicationToDecision()).isEqualTo(new Spread(20, 3.0, 5.5));
    assertThat(y2023.days().identificationToApplication()).isEqualTo(new Spread(22, 1.0, 2.0));
    assertThat(y2023.days().applicationToDecision()).isEqualTo(new Spread(23, 3.0, 5.0));

    assertThat(y2022.deadlineBreaches()).contains(entry("DECISION_OVERDUE", 1), entry("APPLICATION_OVERDUE", 0));
    assertThat(y2023.deadlineBreaches().values()).allMatch(n -> n == 0);
  }

  @Test
  void narrowsToAMunicipalityOrRegion() {
    assertThat(statistics.forYear(2023, StatisticsScope.municipality(ReportCohorts.STOCKHOLM)).granted().total())
        .isEqualTo(15);
    assertThat(statistics.forYear(2023, StatisticsScope.municipality(ReportCohorts.GOTEBORG)).granted().total())
        .isEqualTo(6);
    assertThat(statistics.forYear(2023, new StatisticsScope(java.util.Set.of(), "syd", false)).children().total())
        .isEqualTo(2);
  }

  @Test
  void theApiShowsManagersTheirFiguresAndTheNationalCoordinationCounts() {
    JsonNode maria = rest("maria").get("/api/statistics?year=2023").json();
    assertThat(maria.get("figures").get("granted").get("total").asInt()).isEqualTo(15);
    assertThat(maria.get("figures").get("rejections").get("total").asInt()).isEqualTo(1);

    JsonNode eva = rest("eva").get("/api/statistics?year=2023").json();
    assertThat(eva.get("figures").get("granted").get("total").asInt()).isEqualTo(22);
    assertThat(eva.get("figures").get("granted").get("bySex").get("female").asInt()).isEqualTo(14);
    assertThat(eva.get("figures").get("rejections").get("total").asText()).isEqualTo("<5");
    assertThat(eva.get("figures").get("children").get("total").asText()).isEqualTo("<5");
    assertThat(eva.toString()).doesNotContain(ReportCohorts.REJECTION_REASON).doesNotContainPattern("BT-\\d{4}");
    JsonNode syd = rest("eva").get("/api/statistics?year=2023&region=syd").json();
    assertThat(syd.get("figures").get("days").get("applicationToDecision").get("median").isNull()).isTrue();

    String csv = rest("eva").get("/api/statistics.csv?year=2022").body();
    assertThat(csv).contains("Personer som beviljats betänketid;20\r\n").contains("varav kvinnor;12\r\n")
        .contains("varav med socialnämnden som sökande;5\r\n")
        .contains("socialnämndens ansökningar som kom via regionkoordinator;<5\r\n")
        .contains("Dagar från ansökan till beslut: 90:e percentilen;5,5\r\n")
        .contains("Beviljade efter exploateringsform (en per person);20\r\n").contains("Sexuella ändamål;5\r\n")
        .contains("Kriminella ändamål;0\r\n").contains("Multipel exploatering;5\r\n").contains("Ej redovisat;0\r\n");

    JsonNode trend = rest("eva").get("/api/dashboard/trend?year=2023").json();
    assertThat(trend.get("years").toString()).isEqualTo("[2019,2020,2021,2022,2023]");
    assertThat(trend.get("grantedBySex").get("female").toString()).isEqualTo("[0,0,0,12,14]");
    assertThat(trend.get("grantedBySex").get("male").toString()).isEqualTo("[0,0,0,8,8]");
    assertThat(trend.get("daysToDecisionMedian").get(4).asDouble()).isEqualTo(3.0);
  }

  @Test
  void theDecisionCounterCountedEachDecisionOnceAndTheGaugesShowNoCase() {
    assertThat(decisions("granted") - grantedBefore).isEqualTo(42);
    assertThat(decisions("rejected") - rejectedBefore).isEqualTo(1);

    caseMetrics.refresh();
    String scrape = rest("eva").get("/actuator/prometheus").body();
    assertThat(scrape).contains("betanketid_children_uncovered{region=\"syd\"}")
        .contains("betanketid_cases_open{region=\"syd\",stage=\"CallActivity_AccompanyingChildren\"}")
        .doesNotContainPattern("BT-\\d{4}-\\d{5}").doesNotContain(se.betanketid.CaseFixtures.PERSON_NAME);
  }

  private double decisions(String result) {
    var counter = meters.find("betanketid.decisions").tag("result", result).counter();
    return counter == null ? 0 : counter.count();
  }
}
