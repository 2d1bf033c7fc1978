package se.betanketid.caseview;

import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import se.betanketid.system.Caller;

/**
 * "Mina ärenden" ({@code /cases}, JSON {@code /api/cases}) and the case page ({@code /cases/<case number>}, JSON
 * {@code /api/cases/<case number>}); the pages are static (static/cases/assets/). A case the caller may not read
 * answers 404, the same as one that does not exist.
 */
@Controller
class CaseViewController {

  static final String NOT_FOUND = "Ärendet finns inte, eller så har du inte behörighet att se det.";

  private final CaseViews views;

  CaseViewController(CaseViews views) {
    this.views = views;
  }

  @GetMapping({"/cases", "/cases/"})
  String listPage() {
    return "forward:/cases/assets/list.html";
  }

  @GetMapping("/cases/{caseNumber:[A-Za-z0-9-]+}")
  Object casePage(@RequestAttribute(name = Caller.REQUEST_ATTRIBUTE) Caller caller,
      @PathVariable String caseNumber) {
    if (!views.mayOpen(caller, caseNumber)) {
      return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_HTML)
          .body("<!DOCTYPE html><html lang=\"sv\"><head><meta charset=\"UTF-8\"><title>Ärendet hittades inte</title>"
              + "</head><body><main><h1>Ärendet hittades inte</h1><p>" + NOT_FOUND + "</p>"
              + "<p><a href=\"/cases\">Till Mina ärenden</a></p></main></body></html>");
    }
    return "forward:/cases/assets/case.html";
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
      @PathVariable String caseNumber) {
    return views.page(caller, caseNumber).map(ResponseEntity::ok).orElseGet(() -> ResponseEntity
        .status(HttpStatus.NOT_FOUND).body(Map.of("status", 404, "message", NOT_FOUND)));
  }
}
