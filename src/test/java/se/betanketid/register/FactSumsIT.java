package se.betanketid.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import se.betanketid.CaseFixtures;
import se.betanketid.ProcessTestCase;
import se.betanketid.calendar.EngineTime;

/**
 * The statistics' sums of the facts ({@link FactSums}): kept with the facts by the cases' transactions, none lost
 * when cases commit at once, and taken away with the facts by their retention (on H2 and on PostgreSQL).
 */
class FactSumsIT extends ProcessTestCase {

  /** A breach group no case has (the year 1901): the concurrency test's own, deleted after it. */
  private static final int TEST_YEAR = 1901;
  private static final int BREACHES = FactSums.SUMS.indexOf(FactSums.SUMS.stream()
      .filter(sum -> sum.table().equals("fact_sum_breach")).findFirst().orElseThrow());

  @Autowired JdbcTemplate jdbc;
  @Autowired FactSums sums;
  @Autowired RegisterCheck check;
  @Autowired RegisterRetention retention;
  @Autowired TransactionTemplate transactions;

  @AfterEach
  void removeTheTestGroups() {
    jdbc.update("DELETE FROM fact_sum_breach WHERE breach_year = ?", TEST_YEAR);
  }

  @Test
  void casesCommittingAtOnceLoseNoIncrement() throws Exception {
    FactSums.Group existing = group("ADVICE_OVERDUE");
    transactions.executeWithoutResult(status -> sums.change(Map.of(), Map.of(existing, 1L)));
    ExecutorService threads = Executors.newFixedThreadPool(4);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<?>> done = new ArrayList<>();
    try {
      for (int thread = 0; thread < 4; thread++) {
        done.add(threads.submit(() -> {
          go.await();
          for (int i = 0; i < 25; i++) {
            // each adds to the existing group and to a group that has no row yet, as a new kind of case would
            transactions.executeWithoutResult(status -> sums.change(Map.of(),
                Map.of(existing, 1L, group("NEW_GROUP"), 2L)));
          }
          return null;
        }));
      }
      go.countDown();
      for (Future<?> future : done) {
        future.get(60, TimeUnit.SECONDS);
      }
    } finally {
      threads.shutdownNow();
    }

    assertThat(sum("ADVICE_OVERDUE")).isEqualTo(101);
    assertThat(sum("NEW_GROUP")).isEqualTo(200);
    transactions.executeWithoutResult(status -> sums.change(Map.of(existing, 101L), Map.of()));
    assertThat(sum("ADVICE_OVERDUE")).isZero();
  }

  @Test
  void aCasesFactsAndTheirSumsChangeTogether() {
    ProcessInstance route = startSocialServices(CaseFixtures.socialServicesCase().with("residencePermit", "work"));
    String factId = jdbc.queryForObject("SELECT fact_id FROM case_file WHERE process_instance_id = ?", String.class,
        route.getId());
    Map<FactSums.Group, Long> opened = sums.of(factId);
    assertThat(check.differences()).isEmpty();

    completeTask(route, "UserTask_AdviseOnApplication", Map.of("coordinatorAdvice", "Ingen ansökan.",
        "coordinatorRecommendation", "do_not_apply"));
    completeTask(route, "UserTask_RecordAlternative", Map.of("alternative", "nsp"));

    assertThat(sums.of(factId)).isNotEqualTo(opened);
    assertThat(check.differences()).isEmpty();
  }

  @Test
  void theFactsRetentionTakesTheirSumsAway() {
    ZonedDateTime longAgo = ZonedDateTime.now(EngineTime.SWEDEN).minusYears(12);
    ClockUtil.setCurrentTime(Date.from(longAgo.toInstant()));
    ProcessInstance route = startSocialServices(CaseFixtures.socialServicesCase().with("residencePermit", "work"));
    completeTask(route, "UserTask_AdviseOnApplication", Map.of("coordinatorAdvice", "Ingen ansökan.",
        "coordinatorRecommendation", "do_not_apply"));
    completeTask(route, "UserTask_RecordAlternative", Map.of("alternative", "nsp"));
    String factId = jdbc.queryForObject("SELECT fact_id FROM case_file WHERE process_instance_id = ?", String.class,
        route.getId());
    int year = longAgo.getYear();
    assertThat(closedIn(year)).isPositive();
    int before = closedIn(year);
    ClockUtil.reset();

    retention.sweep();

    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_fact WHERE fact_id = ?", Integer.class, factId))
        .isZero();
    assertThat(closedIn(year)).isEqualTo(before - 1);
    assertThat(check.differences()).isEmpty();
  }

  private int closedIn(int year) {
    Integer n = jdbc.queryForObject("SELECT COALESCE(SUM(n), 0) FROM fact_sum_case WHERE outcome_year = ?",
        Integer.class, year);
    return n == null ? 0 : n;
  }

  private static FactSums.Group group(String kind) {
    return new FactSums.Group(BREACHES, Arrays.asList("9999", "test", TEST_YEAR, kind));
  }

  private int sum(String kind) {
    Integer n = jdbc.queryForObject("SELECT COALESCE(SUM(n), 0) FROM fact_sum_breach WHERE breach_year = ?"
        + " AND kind = ?", Integer.class, TEST_YEAR, kind);
    return n == null ? 0 : n;
  }
}
