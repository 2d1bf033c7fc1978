package se.betanketid.dashboard;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.util.HtmlUtils;
import se.betanketid.statistics.AccessRefused;
import se.betanketid.system.SwedishAnswers;

/**
 * The Swedish page a person gets at {@code /dashboard} when the figures are not for them: neither a manager nor
 * the national coordination (403, back to Tasklist), or not logged in (401, the way to log in; a browser
 * without a session is normally redirected to the login before, see system.CallerFilters). The JSON endpoints
 * keep answering JSON.
 */
final class RefusedPage {

  /** Every user may log into the welcome app; it links to the dashboard (welcome/scripts/config.js). */
  static final String LOGIN = "/camunda/app/welcome/default/";
  static final String TASKLIST = "/camunda/app/tasklist/";
  static final String TITLE = "Betänketid – översikt";
  static final String STYLESHEET = "/dashboard/dashboard.css";

  private RefusedPage() {}

  static ResponseEntity<String> of(AccessRefused refused) {
    boolean loggedOut = refused.status() == HttpStatus.UNAUTHORIZED;
    String heading = loggedOut ? "Logga in för att se översikten" : "Översikten är inte till för dig";
    String text = loggedOut
        ? "Logga in med ditt användarnamn och lösenord och välj sedan <em>Översikt för chefer</em>."
        : HtmlUtils.htmlEscape(refused.getMessage(), "UTF-8") + " Dina ärenden och uppgifter finns i Tasklist.";
    String link = loggedOut ? "<a class=\"button\" href=\"" + LOGIN + "\">Logga in</a>"
        : "<a class=\"button\" href=\"" + TASKLIST + "\">Till Tasklist</a>";
    String html = SwedishAnswers.head(TITLE, STYLESHEET) + """
        <body>
          <header><h1>Betänketid – översikt</h1></header>
          <main>
            <h2>%s</h2>
            <p id="refused">%s</p>
            <p>%s</p>
          </main>
        </body>
        </html>
        """.formatted(heading, text, link);
    return SwedishAnswers.page(refused.status(), html);
  }
}
