package se.betanketid.readlog;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import org.springframework.web.util.UriComponentsBuilder;
import se.betanketid.system.SwedishAnswers;

/** The Swedish page of the read log ("Läslogg"): a filter form, the reads as a table, the CSV link. */
@Component
class ReadLogPage {

  String of(ReadLogQuery.Filter filter, Map<String, String> asked, List<ReadLogQuery.Row> rows, String error) {
    StringBuilder body = new StringBuilder();
    if (error != null) {
      body.append("<p id=\"error\" class=\"error\" role=\"alert\">").append(escape(error)).append("</p>\n");
    }
    body.append("""
        <section aria-labelledby="filter-heading">
          <h2 id="filter-heading">Visa läsningar</h2>
          <form class="filters" method="get" action="/cases/read-log">
        """);
    body.append(field("case", "Ärendenummer", asked.get("case"), "BT-2026-00042", null));
    body.append(field("user", "Användare", asked.get("user"), "", null));
    body.append(field("from", "Från", asked.get("from"), "ÅÅÅÅ-MM-DD",
        filter == null ? null : filter.from().toString()));
    body.append(field("to", "Till", asked.get("to"), "ÅÅÅÅ-MM-DD", filter == null ? null : filter.to().toString()));
    body.append("      <button type=\"submit\">Visa</button>\n    </form>\n");
    body.append("    <p class=\"note\">Utan datum visas de senaste ").append(ReadLogRequest.DEFAULT_DAYS)
        .append(" dagarna. Du ser bara läsningar av din kommuns ärenden.</p>\n  </section>\n");
    if (filter != null) {
      body.append(table(filter, rows));
    }
    return page(body.toString());
  }

  String refused(String message) {
    return page("<p id=\"error\" class=\"error\" role=\"alert\">" + escape(message) + "</p>\n"
        + "<p><a href=\"/cases\">Till Mina ärenden</a></p>\n");
  }

  private static String table(ReadLogQuery.Filter filter, List<ReadLogQuery.Row> rows) {
    StringBuilder out = new StringBuilder("  <section aria-labelledby=\"reads-heading\">\n");
    out.append("    <h2 id=\"reads-heading\">Läsningar ").append(filter.from()).append(" – ").append(filter.to())
        .append(filter.caseNumber() == null ? "" : " av " + escape(filter.caseNumber()))
        .append(filter.userId() == null ? "" : " av användaren " + escape(filter.userId())).append("</h2>\n");
    UriComponentsBuilder csv = UriComponentsBuilder.fromPath("/api/read-log.csv")
        .queryParam("from", filter.from()).queryParam("to", filter.to());
    if (filter.caseNumber() != null) {
      csv.queryParam("case", filter.caseNumber());
    }
    if (filter.userId() != null) {
      csv.queryParam("user", filter.userId());
    }
    out.append("    <p><a id=\"csv\" href=\"").append(escape(csv.encode().build().toUriString()))
        .append("\">Ladda ner som CSV</a></p>\n");
    if (rows.size() > ReadLogQuery.LIMIT) {
      out.append("    <p class=\"note\">Visar de ").append(ReadLogQuery.LIMIT)
          .append(" senaste läsningarna. Välj en kortare period för att se alla.</p>\n");
    }
    out.append("""
            <table id="reads">
              <thead><tr><th scope="col">Tid</th><th scope="col">Användare</th><th scope="col">Ärende</th>
                <th scope="col">Genom</th><th scope="col">Klient</th><th scope="col">Nödåtkomst</th>
                <th scope="col">Skäl</th></tr></thead>
              <tbody>
        """);
    if (rows.isEmpty()) {
      out.append("        <tr><td colspan=\"7\" class=\"empty\">Inga läsningar under perioden.</td></tr>\n");
    }
    rows.stream().limit(ReadLogQuery.LIMIT).forEach(row -> out.append("        <tr")
        .append(row.breakGlass() ? " class=\"highlight\"" : "").append("><td class=\"date\">")
        .append(escape(row.readAt())).append("</td><td>").append(escape(row.userId())).append("</td><td>")
        .append("<a href=\"/cases/read-log?case=").append(escape(row.caseNumber())).append("\">")
        .append(escape(row.caseNumber())).append("</a></td><td>").append(escape(row.channel())).append("</td><td>")
        .append(escape(row.client())).append("</td><td>").append(row.breakGlass() ? "<strong>Ja</strong>" : "Nej")
        .append("</td><td>").append(escape(row.reason() == null ? "" : row.reason())).append("</td></tr>\n"));
    out.append("      </tbody>\n    </table>\n  </section>\n");
    return out.toString();
  }

  private static String field(String name, String label, String value, String placeholder, String shown) {
    String current = value == null || value.isBlank() ? (shown == null ? "" : shown) : value;
    return "      <label for=\"" + name + "\">" + label + " <input type=\"text\" id=\"" + name + "\" name=\"" + name
        + "\" value=\"" + escape(current) + "\"" + (placeholder.isEmpty() ? "" : " placeholder=\"" + placeholder + "\"")
        + " autocomplete=\"off\"></label>\n";
  }

  private static String page(String main) {
    return SwedishAnswers.head("Läslogg – Betänketid", "/cases/assets/cases.css") + """
        <body>
          <header>
            <h1>Läslogg</h1>
            <p>Vem som har läst kommunens ärenden, när och hur.</p>
            <nav aria-label="Andra delar">
              <a href="/cases">Mina ärenden</a>
              <a href="/dashboard">Översikt för chefer</a>
            </nav>
          </header>
          <main>
        %s  </main>
        </body>
        </html>
        """.formatted(main);
  }

  private static String escape(String text) {
    return HtmlUtils.htmlEscape(text, "UTF-8");
  }
}
