package se.betanketid.caseview;

import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.RequestHeader;
import jakarta.servlet.http.HttpServletRequest;
import se.betanketid.readlog.BreakGlass;
import se.betanketid.readlog.Channel;
import se.betanketid.readlog.ReadLog;
import se.betanketid.system.Caller;
import se.betanketid.system.SwedishAnswers;

/**
 * "Mina ärenden" ({@code /cases}, JSON {@code /api/cases}) and the case page ({@code /cases/<case number>}, JSON
 * {@code /api/cases/<case number>}); the pages are our one head and a fixed body (resources cases/), filled by their
 * scripts (static/cases/assets/). A case the caller may not read answers 404, the same as one that does not exist.
 */
@Controller
record CaseViewController(CaseViews views, ReadLog readLog, BreakGlass breakGlass) {

  static final String NOT_FOUND = "Ärendet finns inte, eller så har du inte behörighet att se det.";
  /** The case pages' style sheet. */
  static final String STYLESHEET = "/cases/assets/cases.css";

  /** Sent by the case page's script (static/cases/assets/case.js): the read log says "Ärendesidan". */
  static final String VIEW_HEADER = "X-Betanketid-View";

  /** The pages: our one head, the body in resources cases/; their scripts fill them from the JSON below. */
  private static final String LIST_PAGE = page("Mina ärenden – Betänketid", "list");
  private static final String CASE_PAGE = page("Ärende – Betänketid", "case");

  private static String page(String title, String name) {
    return SwedishAnswers.head(title, STYLESHEET, "/cases/assets/common.js", "/cases/assets/" + name + ".js")
        + SwedishAnswers.body("/cases/" + name + ".html");
  }

  @GetMapping({"/cases", "/cases/"})
  ResponseEntity<String> listPage() {
    return SwedishAnswers.page(HttpStatus.OK, LIST_PAGE);
  }

  @GetMapping("/cases/{caseNumber:[A-Za-z0-9-]+}")
  Object casePage(@RequestAttribute(name = Caller.REQUEST_ATTRIBUTE) Caller caller,
      @PathVariable String caseNumber, HttpServletRequest request) {
    if (!views.mayOpen(caller, caseNumber) && breakGlass.grantedReason(request, caseNumber).isEmpty()) {
      // a manager may open a case of a neighbouring municipality by break-glass: the link (without the number) is
      // shown on every 404 of hers, so it tells nothing about whether the case exists
      String breakGlassLink = breakGlass.mayAsk(caller) ? "<p>Behöver du öppna ärendet när dess chef inte kan? "
          + "<a href=\"/cases/break-glass\">Nödåtkomst</a></p>" : "";
      return SwedishAnswers.page(HttpStatus.NOT_FOUND, SwedishAnswers.head("Ärendet hittades inte – Betänketid",
          STYLESHEET) + "<body><main><h1>Ärendet hittades inte</h1><p>" + NOT_FOUND + "</p>" + breakGlassLink
          + "<p><a href=\"/cases\">Till Mina ärenden</a></p></main></body></html>");
    }
    return SwedishAnswers.page(HttpStatus.OK, CASE_PAGE);
  }

  @GetMapping(path = "/api/cases", produces = MediaType.APPLICATION_JSON_VALUE)
  @ResponseBody
  Map<String, Object> list(@RequestAttribute(name = Caller.REQUEST_ATTRIBUTE) Caller caller,
      @RequestParam(required = false) String stage, @RequestParam(defaultValue = "false") boolean overdue,
      @RequestParam(defaultValue = "false") boolean uncovered, @RequestParam(defaultValue = "false") boolean mine,
      @RequestParam(defaultValue = "false") boolean closed) {
    return views.list(caller, new CaseViews.Filters(stage == null || stage.isBlank() ? null : stage.strip(), overdue,
        uncovered, mine, closed));
  }

  @GetMapping(path = "/api/cases/{caseNumber}", produces = MediaType.APPLICATION_JSON_VALUE)
  @ResponseBody
  ResponseEntity<Map<String, Object>> page(@RequestAttribute(name = Caller.REQUEST_ATTRIBUTE) Caller caller,
      @PathVariable String caseNumber, @RequestHeader(name = VIEW_HEADER, required = false) String view,
      HttpServletRequest request) {
    Channel channel = "case-page".equals(view) ? Channel.CASE_PAGE : Channel.CASE_API;
    Optional<Map<String, Object>> page = views.page(caller, caseNumber);
    page.ifPresent(read -> readLog.caseRead(caller.userId(), caseNumber, channel));
    if (page.isEmpty()) {
      Optional<String> reason = breakGlass.grantedReason(request, caseNumber);
      if (reason.isPresent()) {
        page = views.pageByBreakGlass(caller, caseNumber).map(read -> withBreakGlass(read));
        page.ifPresent(read -> breakGlass.logRead(caller, caseNumber, channel, reason.get()));
      }
    }
    return page.map(SwedishAnswers::ok).orElseGet(() -> SwedishAnswers.message(HttpStatus.NOT_FOUND, NOT_FOUND));
  }

  static Map<String, Object> withBreakGlass(Map<String, Object> page) {
    Map<String, Object> marked = new java.util.LinkedHashMap<>(page);
    marked.put("breakGlass", true);
    return marked;
  }
}
