package se.betanketid.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import se.betanketid.CaseFixtures;
import se.betanketid.ProcessTestCase;

/**
 * The board's decisions not to apply, counted by reason from cases run through the real process. The year 2020
 * is used by this test only (the test database is shared by the suite). One case is declined on 30 December and
 * NSP's support recorded in January: the decline counts in 2020, the outcome in 2021.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeclineStatisticsIT extends ProcessTestCase {

  static final String STOCKHOLM = "0180";

  @Autowired YearlyStatistics statistics;
  @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

  @BeforeAll
  void declineCasesIn2020() {
    try {
      for (int i = 0; i < 5; i++) {
        decline(LocalDate.of(2020, 3, 2 + i), "person_declined", i < 3);
      }
      decline(LocalDate.of(2020, 5, 4), "unreachable", false);
      decline(LocalDate.of(2020, 6, 8), "has_residence_permit", false);
      ProcessInstance late = declineOnly(LocalDate.of(2020, 12, 30), "other");
      CaseDriver.at(LocalDate.of(2021, 1, 5));
      recordNsp(late, true);
    } finally {
      ClockUtil.reset();
    }
  }

  @Test
  void declinesAreCountedByReasonInTheYearOfTheBoardsDecision() {
    YearlyReport y2020 = statistics.forYear(2020, StatisticsScope.everything());
    YearlyReport y2021 = statistics.forYear(2021, StatisticsScope.everything());

    assertThat(y2020.declines().total()).isEqualTo(8);
    assertThat(y2020.declines().byReason()).containsExactly(entry("person_declined", 5),
        entry("has_residence_permit", 1), entry("not_in_sweden", 0), entry("not_presumed_victim", 0),
        entry("unreachable", 1), entry("other", 1), entry("not_recorded", 0));
    assertThat(y2020.declines().nationalSupportProgramme()).isEqualTo(4);
    assertThat(y2020.outcomes()).contains(entry("NATIONAL_SUPPORT_PROGRAMME", 3), entry("NOT_APPLIED", 4));
    assertThat(y2021.declines().total()).isZero();
    assertThat(y2021.outcomes()).contains(entry("NATIONAL_SUPPORT_PROGRAMME", 1));
  }

  /** The register's anonymous facts carry what the declines' figures need: the board's decision and its year. */
  @Test
  void theRegistersFactsHoldTheDeclinesByReasonInTheYearOfTheBoardsDecision() {
    Map<String, Integer> byReason = new LinkedHashMap<>();
    jdbc.query("SELECT decline_reason, COUNT(*) FROM case_fact WHERE application_decision = ?"
        + " AND application_decision_year = ? GROUP BY decline_reason", rs -> {
          byReason.put(rs.getString(1), rs.getInt(2));
        }, "do_not_apply", 2020);
    Integer nsp = jdbc.queryForObject("SELECT COUNT(*) FROM case_fact WHERE application_decision = ?"
        + " AND application_decision_year = ? AND outcome = ?", Integer.class, "do_not_apply", 2020,
        "NATIONAL_SUPPORT_PROGRAMME");

    assertThat(byReason).containsOnly(entry("person_declined", 5), entry("has_residence_permit", 1),
        entry("unreachable", 1), entry("other", 1));
    assertThat(nsp).isEqualTo(4);
  }

  @Test
  void theTableAndTheExportShowTheReasonsWithSmallCountsHidden() {
    String csv = rest("eva").get("/api/statistics.csv?year=2020").body();

    assertThat(csv).contains("Socialnämnden beslutade att inte ansöka;8\r\n")
        .contains("skäl: Personen vill inte att nämnden ansöker;5\r\n")
        .contains("skäl: Personen kan inte nås;<5\r\n")
        .contains("skäl: Personen befinner sig inte i Sverige;0\r\n")
        .contains("varav fick stöd genom nationella stödprogrammet (NSP);<5\r\n")
        .doesNotContain("unreachable");

    JsonNode maria = rest("maria").get("/api/statistics?year=2020").json();
    assertThat(maria.get("figures").get("declines").get("byReason").get("unreachable").asInt()).isEqualTo(1);
    assertThat(maria.get("figures").get("declines").get("nationalSupportProgramme").asInt()).isEqualTo(4);
    JsonNode eva = rest("eva").get("/api/statistics?year=2020").json();
    assertThat(eva.get("figures").get("declines").get("byReason").get("unreachable").asText()).isEqualTo("<5");
    assertThat(eva.get("figures").get("declines").get("total").asInt()).isEqualTo(8);
  }

  private void decline(LocalDate day, String reason, boolean nspSupport) {
    recordNsp(declineOnly(day, reason), nspSupport);
  }

  private ProcessInstance declineOnly(LocalDate day, String reason) {
    CaseDriver.at(day);
    ProcessInstance route = runtimeService.startProcessInstanceByKey("SocialServicesApplicationProcess",
        CaseFixtures.socialServicesCase().with("municipalityCode", STOCKHOLM).identifiedOn(day).variables());
    completeTask(route, "UserTask_AdviseOnApplication", Map.of("coordinatorAdvice", "Avstå.",
        "coordinatorRecommendation", "do_not_apply"));
    Map<String, Object> decision = new LinkedHashMap<>(Map.of("applicationDecision", "do_not_apply",
        "decisionMadeBy", "Enhetschef", "applicationDecisionDate", day.toString(), "declineReason", reason,
        "alternative", "nsp"));
    decision.put("notApplyingReason", "Skäl enligt listan.");
    completeTask(route, "UserTask_DecideOnApplication", decision);
    return route;
  }

  private void recordNsp(ProcessInstance route, boolean given) {
    completeTask(route, "UserTask_RecordNspSupport", Map.of("nspSupport", given ? "given" : "not_given"));
  }
}
