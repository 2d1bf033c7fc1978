package se.betanketid.caseview;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;
import se.betanketid.readlog.BreakGlass;
import se.betanketid.readlog.Channel;
import se.betanketid.system.Caller;
import se.betanketid.system.SwedishAnswers;

/**
 * Break-glass (nödåtkomst, readlog.BreakGlass): {@code GET /cases/<n>/break-glass} shows a manager the form asking
 * for the reason; {@code POST} with {@code reason} opens the case: a browser's session may then read the case page
 * for a while (303 to it), a program gets the case's JSON at once. Without a reason: 400 in Swedish, nothing opened,
 * nothing logged, nobody mailed. Anyone who may not break glass for the case gets the 404 of an unknown case.
 */
@RestController
record BreakGlassController(CaseViews views, BreakGlass breakGlass) {

  /** The form: the case number and the reason (linked without the number from every 404 of a manager's). */
  @GetMapping(path = "/cases/break-glass", produces = MediaType.TEXT_HTML_VALUE)
  ResponseEntity<String> form(@RequestAttribute(name = Caller.REQUEST_ATTRIBUTE) Caller caller) {
    if (!breakGlass.mayAsk(caller)) {
      return SwedishAnswers.page(HttpStatus.NOT_FOUND, page("", CaseViewController.NOT_FOUND, false));
    }
    return SwedishAnswers.page(HttpStatus.OK, page("", null, true));
  }

  /** The form's submission: the case number as a field. */
  @PostMapping(path = "/cases/break-glass")
  ResponseEntity<?> openFromForm(@RequestAttribute(name = Caller.REQUEST_ATTRIBUTE) Caller caller,
      @RequestParam(name = "case", required = false) String caseNumber, @RequestParam(required = false) String reason,
      @RequestHeader(name = "Accept", required = false) String accept, HttpServletRequest request) {
    String wanted = caseNumber == null ? "" : caseNumber.strip().toUpperCase(java.util.Locale.ROOT);
    if (!wanted.matches("BT-\\d{4}-\\d{5}")) {
      boolean program = accept != null && accept.contains(MediaType.APPLICATION_JSON_VALUE);
      return refused(program, wanted, HttpStatus.BAD_REQUEST,
          "Fältet \"Ärendenummer\" ska se ut som BT-2026-00042.", breakGlass.mayAsk(caller));
    }
    return open(caller, wanted, reason, accept, request);
  }

  @PostMapping(path = "/cases/{caseNumber:[A-Za-z0-9-]+}/break-glass")
  ResponseEntity<?> open(@RequestAttribute(name = Caller.REQUEST_ATTRIBUTE) Caller caller,
      @PathVariable String caseNumber, @RequestParam(required = false) String reason,
      @RequestHeader(name = "Accept", required = false) String accept, HttpServletRequest request) {
    boolean program = accept != null && accept.contains(MediaType.APPLICATION_JSON_VALUE);
    if (!breakGlass.mayAsk(caller)) {
      return refused(program, caseNumber, HttpStatus.NOT_FOUND, CaseViewController.NOT_FOUND, false);
    }
    if (views.mayOpen(caller, caseNumber)) {
      return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create("/cases/" + caseNumber)).build();
    }
    String checked;
    try {
      checked = BreakGlass.checkedReason(reason);
    } catch (BreakGlass.InvalidReason invalid) {
      return refused(program, caseNumber, HttpStatus.BAD_REQUEST, invalid.getMessage(), true);
    }
    if (!breakGlass.mayOpen(caller, caseNumber)) {
      return refused(program, caseNumber, HttpStatus.NOT_FOUND, CaseViewController.NOT_FOUND, false);
    }
    breakGlass.open(caller, caseNumber, checked, request);
    if (!program) {
      return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create("/cases/" + caseNumber)).build();
    }
    Map<String, Object> page = CaseViewController.withBreakGlass(views.pageByBreakGlass(caller, caseNumber)
        .orElseThrow());
    breakGlass.logRead(caller, caseNumber, Channel.CASE_API, checked);
    return SwedishAnswers.ok(page);
  }

  private static ResponseEntity<?> refused(boolean program, String caseNumber, HttpStatus status, String message,
      boolean withForm) {
    return program ? SwedishAnswers.message(status, message)
        : SwedishAnswers.page(status, page(caseNumber, message, withForm));
  }

  private static String page(String caseNumber, String error, boolean withForm) {
    String number = HtmlUtils.htmlEscape(caseNumber == null ? "" : caseNumber, "UTF-8");
    String form = !withForm ? "" : """
        <section aria-labelledby="reason-heading">
          <h2 id="reason-heading">Skäl</h2>
          <p>Du har inte behörighet till ärendet. Som chef i en kommun i samma polisregion kan du öppna det med
            nödåtkomst, till exempel när du går in för ärendets chef. Skriv varför. Öppningen och varje läsning
            loggas med ditt skäl, och ärendets chef får e-post om att ärendet har öppnats med nödåtkomst.</p>
          <form method="post" action="/cases/break-glass">
            <p><label for="case">Ärendenummer</label><br>
              <input type="text" id="case" name="case" value="%1$s" placeholder="BT-2026-00042" required
                aria-required="true" autocomplete="off"></p>
            <p><label for="reason">Skäl (obligatoriskt)</label><br>
              <textarea id="reason" name="reason" rows="4" cols="60" maxlength="500" required
                aria-required="true"></textarea></p>
            <p><button type="submit">Öppna ärendet med nödåtkomst</button></p>
          </form>
        </section>
        """.formatted(number);
    return SwedishAnswers.head("Nödåtkomst – Betänketid", CaseViewController.STYLESHEET) + """
        <body>
          <header>
            <h1>Nödåtkomst till ett ärende</h1>
            <nav aria-label="Andra delar"><a href="/cases">Mina ärenden</a></nav>
          </header>
          <main>
        %2$s%3$s  </main>
        </body>
        </html>
        """.formatted(number, error == null ? ""
            : "<p id=\"error\" class=\"error\" role=\"alert\">" + HtmlUtils.htmlEscape(error, "UTF-8") + "</p>\n",
        form);
  }
}
