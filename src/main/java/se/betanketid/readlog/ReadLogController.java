package se.betanketid.readlog;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.BindParam;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RestController;
import se.betanketid.identity.Role;
import se.betanketid.system.Caller;
import se.betanketid.system.SwedishAnswers;

/**
 * The read log for a manager (loggkontroll): {@code /cases/read-log} (a Swedish page), {@code /api/read-log} (JSON)
 * and {@code /api/read-log.csv}, each with {@code case}, {@code user}, {@code from} and {@code to} (ÅÅÅÅ-MM-DD, the
 * last 30 days by default). Only members of {@code chef-<kommunkod>}, and only their municipalities' cases: everyone
 * else (the national coordination, social workers, coordinators, administrators) gets 403; a case of another
 * municipality answers 404, like an unknown one. Reading the log is not itself logged as a read of the case.
 */
@RestController
record ReadLogController(ReadLogQuery query, ReadLogPage page) {

  static final String REFUSED = "Läsloggen visas bara för chefer, och bara för den egna kommunens ärenden.";
  static final String NOT_FOUND = "Ärendet finns inte, eller så har du inte behörighet att se det.";

  @GetMapping(path = "/cases/read-log", produces = MediaType.TEXT_HTML_VALUE)
  ResponseEntity<String> html(@RequestAttribute(name = Caller.REQUEST_ATTRIBUTE) Caller caller,
      @ModelAttribute Question question) {
    Map<String, String> asked = question.asked();
    Set<String> municipalities = caller.scopesOf(Role.MANAGER);
    if (municipalities.isEmpty()) {
      return html(HttpStatus.FORBIDDEN, page.refused(REFUSED));
    }
    try {
      ReadLogQuery.Filter filter = question.filter(municipalities);
      if (!mayAsk(filter)) {
        return html(HttpStatus.NOT_FOUND, page.refused(NOT_FOUND));
      }
      return html(HttpStatus.OK, page.of(filter, asked, query.rows(filter), null));
    } catch (ReadLogRequest.Invalid invalid) {
      return html(HttpStatus.BAD_REQUEST, page.of(null, asked, List.of(), invalid.getMessage()));
    }
  }

  @GetMapping(path = "/api/read-log", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Map<String, Object>> json(@RequestAttribute(name = Caller.REQUEST_ATTRIBUTE) Caller caller,
      @ModelAttribute Question question) {
    Asked asked = ask(caller, question);
    if (asked.refusal() != null) {
      return asked.refusal();
    }
    ReadLogQuery.Filter filter = asked.filter();
    List<ReadLogQuery.Row> rows = query.rows(filter);
    Map<String, Object> body = new LinkedHashMap<>();
    if (filter.caseNumber() != null) {
      body.put("caseNumber", filter.caseNumber());
    }
    body.put("from", filter.from().toString());
    body.put("to", filter.to().toString());
    body.put("truncated", rows.size() > ReadLogQuery.LIMIT);
    body.put("reads", rows.stream().limit(ReadLogQuery.LIMIT).toList());
    return SwedishAnswers.ok(body);
  }

  @GetMapping(path = "/api/read-log.csv")
  ResponseEntity<?> csv(@RequestAttribute(name = Caller.REQUEST_ATTRIBUTE) Caller caller,
      @ModelAttribute Question question) {
    Asked asked = ask(caller, question);
    if (asked.refusal() != null) {
      return asked.refusal();
    }
    ReadLogQuery.Filter filter = asked.filter();
    byte[] body = ReadLogCsv.of(query.rows(filter)).getBytes(StandardCharsets.UTF_8);
    return SwedishAnswers.noStore(HttpStatus.OK)
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename("lasloggen-" + filter.from() + "-" + filter.to() + ".csv").build().toString())
        .body(body);
  }

  /** The question of the page, the JSON and the CSV: {@code case}, {@code user}, {@code from}, {@code to}, each optional. */
  record Question(@BindParam("case") String caseNumber, String user, String from, String to) {

    ReadLogQuery.Filter filter(Set<String> municipalities) {
      return ReadLogRequest.filter(municipalities, caseNumber, user, from, to);
    }

    /** As asked, for the page's form ("" for what was not). */
    Map<String, String> asked() {
      Map<String, String> asked = new LinkedHashMap<>();
      asked.put("case", caseNumber == null ? "" : caseNumber);
      asked.put("user", user == null ? "" : user);
      asked.put("from", from == null ? "" : from);
      asked.put("to", to == null ? "" : to);
      return asked;
    }
  }

  /** What a program asked of the log (JSON, CSV): the filter, or the answer that refuses it. */
  private record Asked(ReadLogQuery.Filter filter, ResponseEntity<Map<String, Object>> refusal) {}

  /**
   * The JSON and CSV answers' common steps: not a manager → 403; a bad filter → 400 naming the field; a case of
   * another municipality → 404, as an unknown one.
   */
  private Asked ask(Caller caller, Question question) {
    Set<String> municipalities = caller.scopesOf(Role.MANAGER);
    if (municipalities.isEmpty()) {
      return new Asked(null, message(HttpStatus.FORBIDDEN, REFUSED));
    }
    try {
      ReadLogQuery.Filter filter = question.filter(municipalities);
      return mayAsk(filter) ? new Asked(filter, null) : new Asked(null, message(HttpStatus.NOT_FOUND, NOT_FOUND));
    } catch (ReadLogRequest.Invalid invalid) {
      return new Asked(null, message(HttpStatus.BAD_REQUEST, invalid.getMessage()));
    }
  }

  /** A question about one case only when the case is of the manager's municipalities. */
  private boolean mayAsk(ReadLogQuery.Filter filter) {
    return filter.caseNumber() == null
        || query.municipalitiesOf(filter.caseNumber()).stream().anyMatch(filter.municipalities()::contains);
  }

  private static ResponseEntity<String> html(HttpStatus status, String body) {
    return SwedishAnswers.page(status, body);
  }

  private static ResponseEntity<Map<String, Object>> message(HttpStatus status, String message) {
    return SwedishAnswers.message(status, message);
  }
}
