package se.betanketid.statistics;

import static se.betanketid.casefile.ApplicantType.INVESTIGATION_LEADER;
import static se.betanketid.casefile.ApplicantType.SOCIAL_SERVICES;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Benchmark of GET /api/statistics (not part of the suite; not a timed test). Runs only with
 * {@code -Dbenchmark.cases=10000}: fills an H2 file database of its own under target/benchmark-&lt;cases&gt;/ with
 * that many finished cases (copies of real cases' history spread over {@code benchmark.years}, default 5, from
 * 2020) once (above 20 000 cases only the rows the statistics read), then times the endpoint for the whole country and for one municipality and prints p50/p99.
 * <pre>./mvnw -o verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=StatisticsBenchmarkIT \
 *   -Dbenchmark.cases=100000</pre>
 */
@EnabledIfSystemProperty(named = "benchmark.cases", matches = "\\d+")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:file:./target/benchmark-${benchmark.cases}/betanketid;DB_CLOSE_ON_EXIT=FALSE;CACHE_SIZE=${benchmark.h2-cache-kb:16384}",
    "camunda.bpm.job-execution.enabled=false", "logging.level.se.betanketid.statistics.YearlyStatistics=DEBUG"})
@ActiveProfiles("test")
class StatisticsBenchmarkIT {

  static final int FIRST_YEAR = 2020;
  static final int ROUNDS = 40;

  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired DataSource dataSource;
  @Autowired JdbcTemplate jdbc;
  @LocalServerPort int port;

  @Test
  void timesTheStatisticsEndpoint() throws Exception {
    int cases = Integer.getInteger("benchmark.cases");
    int years = Integer.getInteger("benchmark.years", 5);
    Integer existing = jdbc.queryForObject(
        "SELECT COUNT(*) FROM ACT_HI_PROCINST WHERE PROC_DEF_KEY_ IN (?, ?) AND END_TIME_ IS NOT NULL",
        Integer.class, SOCIAL_SERVICES.processKey(), INVESTIGATION_LEADER.processKey());
    if (existing < cases) {
      fill(cases, years);
    }
    System.out.printf("BENCHMARK %d finished cases in history, %d variable rows, %d activity instances%n",
        jdbc.queryForObject("SELECT COUNT(*) FROM ACT_HI_PROCINST WHERE PROC_DEF_KEY_ IN (?, ?)", Integer.class,
            SOCIAL_SERVICES.processKey(), INVESTIGATION_LEADER.processKey()),
        jdbc.queryForObject("SELECT COUNT(*) FROM ACT_HI_VARINST", Integer.class),
        jdbc.queryForObject("SELECT COUNT(*) FROM ACT_HI_ACTINST", Integer.class));
    int year = FIRST_YEAR + years / 2;
    time("eva, whole country " + year, "eva", "/api/statistics?year=" + year);
    time("maria, 0180 " + year, "maria", "/api/statistics?year=" + year);
    time("eva, csv " + year, "eva", "/api/statistics.csv?year=" + year);
    time("eva, trend (5 years)", "eva", "/api/dashboard/trend?year=" + (FIRST_YEAR + years - 1));
  }

  private void fill(int cases, int years) throws Exception {
    long started = System.nanoTime();
    List<String> roots = templates();
    HistoryCloner cloner = new HistoryCloner(dataSource);
    boolean lean = cases > 20_000;
    List<List<HistoryCloner.Template>> templates = new ArrayList<>();
    for (String root : roots) {
      templates.add(cloner.read(root, lean));
    }
    Random random = new Random(42);
    long span = years * 365L;
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      Map<String, PreparedStatement> statements = new HashMap<>();
      for (int copy = 1; copy < cases - roots.size() + 1; copy++) {
        long days = copy * span / cases;
        cloner.insert(templates.get(copy % templates.size()), copy, days, random.nextInt(HistoryCloner.PLACES.length),
            random.nextInt(10) < 6 ? "female" : "male", statements, connection);
        if (copy % 500 == 0) {
          for (PreparedStatement statement : statements.values()) {
            statement.executeBatch();
          }
          connection.commit();
        }
      }
      for (PreparedStatement statement : statements.values()) {
        statement.executeBatch();
        statement.close();
      }
      connection.commit();
    }
    jdbc.execute("ANALYZE");
    System.out.printf("BENCHMARK filled %d cases in %d s%n", cases, (System.nanoTime() - started) / 1_000_000_000);
  }

  /** Real finished cases of January 2020: granted (both routes, one late with a child), rejected, not eligible. */
  private List<String> templates() {
    CaseDriver driver = new CaseDriver(runtime, tasks, management);
    LocalDate applied = LocalDate.of(FIRST_YEAR, 1, 6);
    LocalDate decided = applied.plusDays(2);
    List<CohortCase> cases = List.of(
        CohortCase.granted(INVESTIGATION_LEADER, "female", "0180", applied.minusDays(1), applied, decided,
            "NO_FURTHER_ACTION"),
        CohortCase.granted(SOCIAL_SERVICES, "female", "0180", applied.minusDays(1), applied, decided,
            "NATIONAL_SUPPORT_PROGRAMME").throughCoordinator().forms(List.of("sexual", "labour")),
        CohortCase.granted(INVESTIGATION_LEADER, "male", "0180", applied.minusDays(2), applied, decided.plusDays(3),
            "ASYLUM").forms(List.of("labour")),
        CohortCase.granted(SOCIAL_SERVICES, "male", "0180", applied, applied, decided, null).rejected(),
        CohortCase.granted(INVESTIGATION_LEADER, "female", "0180", applied.minusDays(3), applied,
            applied.plusDays(12), "NATIONAL_SUPPORT_PROGRAMME").lateDecision().withChildren(List.of("eu_right")),
        CohortCase.granted(SOCIAL_SERVICES, "female", "0180", applied, null, null, null).notEligible());
    List<String> roots = new ArrayList<>();
    try {
      for (CohortCase c : cases) {
        org.camunda.bpm.engine.runtime.ProcessInstance route = driver.run(c);
        driver.assessCoveredChildren(route);
        roots.add(route.getId());
      }
    } finally {
      ClockUtil.reset();
    }
    return roots;
  }

  private void time(String what, String user, String path) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Authorization", "Basic " + Base64.getEncoder()
            .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8))).GET().build();
    long first = System.nanoTime();
    http.send(request, HttpResponse.BodyHandlers.ofString());
    long firstMillis = (System.nanoTime() - first) / 1_000_000;
    for (int i = 0; i < 4; i++) {
      http.send(request, HttpResponse.BodyHandlers.ofString());
    }
    long[] millis = new long[ROUNDS];
    for (int i = 0; i < ROUNDS; i++) {
      long start = System.nanoTime();
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      millis[i] = (System.nanoTime() - start) / 1_000_000;
      if (response.statusCode() != 200) {
        throw new AssertionError(what + ": " + response.statusCode() + " " + response.body());
      }
    }
    java.util.Arrays.sort(millis);
    System.out.printf("BENCHMARK %-28s first %5d ms  p50 %5d ms  p99 %5d ms  max %5d ms%n", what, firstMillis,
        millis[ROUNDS / 2], millis[(int) Math.ceil(ROUNDS * 0.99) - 1], millis[ROUNDS - 1]);
  }
}
