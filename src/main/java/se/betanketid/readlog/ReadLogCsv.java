package se.betanketid.readlog;

import java.util.List;

/** The read log as CSV for Excel in Swedish: UTF-8 with BOM, semicolon separated, Swedish headings. */
final class ReadLogCsv {

  private ReadLogCsv() {}

  static String of(List<ReadLogQuery.Row> rows) {
    StringBuilder out = new StringBuilder("\uFEFF");
    out.append("Tid;Användare;Ärende;Genom;Klient;Nödåtkomst;Skäl\r\n");
    rows.stream().limit(ReadLogQuery.LIMIT).forEach(row -> out.append(String.join(";", cell(row.readAt()),
        cell(row.userId()), cell(row.caseNumber()), cell(row.channel()), cell(row.client()),
        row.breakGlass() ? "Ja" : "Nej", cell(row.reason()))).append("\r\n"));
    return out.toString();
  }

  /** Quoted when needed; a cell that a spreadsheet would take for a formula is prefixed with an apostrophe. */
  static String cell(String value) {
    if (value == null) {
      return "";
    }
    String text = value.replace("\r", " ").replace("\n", " ");
    if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
      text = "'" + text;
    }
    return text.contains(";") || text.contains("\"") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
  }
}
