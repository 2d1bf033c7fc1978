package se.betanketid.dashboard;

import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import se.betanketid.system.Caller;
import se.betanketid.system.SwedishAnswers;
import se.betanketid.statistics.AccessRefused;
import se.betanketid.statistics.StatisticsAccess;
import se.betanketid.statistics.StatisticsScope;
import se.betanketid.statistics.YearlyStatistics;

/**
 * The managers' dashboard: the page {@code /dashboard} (our pages' head, then dashboard/body.html; its style
 * sheet and script in static/dashboard/) and its JSON endpoints {@code /api/dashboard/overview} (now) and
 * {@code /api/dashboard/trend} (the charts' years).
 */
@Controller
record DashboardController(LiveOverview overview, YearlyStatistics statistics, StatisticsAccess access,
    DashboardView view) {

  static final int TREND_YEARS = 5;
  private static final String PAGE = SwedishAnswers.head(RefusedPage.TITLE, RefusedPage.STYLESHEET,
      "/webjars/chart.js/4.4.1/dist/chart.umd.js", "/dashboard/dashboard.js")
      + SwedishAnswers.body("/dashboard/body.html");

  /** The page for whoever may see figures; for anyone else a Swedish page saying why and where to go. */
  @GetMapping({"/dashboard", "/dashboard/"})
  ResponseEntity<String> page(@RequestAttribute(name = Caller.REQUEST_ATTRIBUTE, required = false) Caller caller) {
    try {
      access.scopeOf(StatisticsAccess.required(caller), null, null);
    } catch (AccessRefused refused) {
      return RefusedPage.of(refused);
    }
    return SwedishAnswers.page(HttpStatus.OK, PAGE);
  }

  @GetMapping(path = "/api/dashboard/overview", produces = MediaType.APPLICATION_JSON_VALUE)
  @ResponseBody
  Map<String, Object> overview(@RequestAttribute(name = Caller.REQUEST_ATTRIBUTE, required = false) Caller caller,
      @RequestParam(required = false) String region, @RequestParam(required = false) String municipality) {
    StatisticsScope scope = access.scopeOf(StatisticsAccess.required(caller), region, municipality);
    return view.overview(overview.snapshot().within(scope), scope, overview.endingWithinDays());
  }

  @GetMapping(path = "/api/dashboard/trend", produces = MediaType.APPLICATION_JSON_VALUE)
  @ResponseBody
  Map<String, Object> trend(@RequestAttribute(name = Caller.REQUEST_ATTRIBUTE, required = false) Caller caller,
      @RequestParam(required = false) String year, @RequestParam(required = false) String region,
      @RequestParam(required = false) String municipality) {
    StatisticsScope scope = access.scopeOf(StatisticsAccess.required(caller), region, municipality);
    int last = StatisticsAccess.year(year);
    return view.trend(statistics.forYears(last - TREND_YEARS + 1, last, scope), scope);
  }
}
