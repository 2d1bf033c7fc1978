package se.betanketid.statistics;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.betanketid.system.Caller;
import se.betanketid.system.SwedishAnswers;

/**
 * The yearly statistics: {@code GET /api/statistics?year=2023} (JSON, optional {@code region},
 * {@code municipality}) and {@code GET /api/statistics.csv?year=2023} (the table for Excel).
 */
@RestController
record StatisticsController(YearlyStatistics statistics, StatisticsAccess access, StatisticsView view,
    StatisticsCsv csv) {

  private static final Logger LOG = LoggerFactory.getLogger(StatisticsController.class);

  @GetMapping(path = "/api/statistics", produces = MediaType.APPLICATION_JSON_VALUE)
  Map<String, Object> yearly(@RequestAttribute(name = Caller.REQUEST_ATTRIBUTE, required = false) Caller caller,
      @RequestParam(required = false) String year, @RequestParam(required = false) String region,
      @RequestParam(required = false) String municipality) {
    StatisticsScope scope = access.scopeOf(StatisticsAccess.required(caller), region, municipality);
    int wanted = StatisticsAccess.year(year);
    LOG.info("Statistics {} read by {}", wanted, caller.userId());
    return view.json(statistics.forYear(wanted, scope), scope);
  }

  @GetMapping(path = "/api/statistics.csv")
  ResponseEntity<byte[]> yearlyCsv(
      @RequestAttribute(name = Caller.REQUEST_ATTRIBUTE, required = false) Caller caller,
      @RequestParam(required = false) String year, @RequestParam(required = false) String region,
      @RequestParam(required = false) String municipality) {
    StatisticsScope scope = access.scopeOf(StatisticsAccess.required(caller), region, municipality);
    int wanted = StatisticsAccess.year(year);
    LOG.info("Statistics {} exported by {}", wanted, caller.userId());
    String body = csv.csv(statistics.forYear(wanted, scope), scope, access.describe(scope));
    return SwedishAnswers.noStore(HttpStatus.OK)
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename("betanketid-statistik-" + wanted + ".csv").build().toString())
        .body(body.getBytes(StandardCharsets.UTF_8));
  }
}
