package se.betanketid.statistics;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The yearly table as CSV for Excel in Swedish: UTF-8 with BOM, semicolon separated, decimal comma, Swedish
 * headings; small counts as "&lt;5" for everyone (an export leaves the system); no free-text reasons.
 */
@Component
class StatisticsCsv {

  private final StatisticsView view;

  StatisticsCsv(StatisticsView view) {
    this.view = view;
  }

  String csv(YearlyReport report, StatisticsScope scope, String scopeName) {
    StringBuilder out = new StringBuilder("\uFEFF");
    out.append(cell("Uppgift")).append(';').append(cell(report.year() + " (" + scopeName + ")")).append("\r\n");
    List<Map<String, Object>> rows = view.table(report, true);
    for (Map<String, Object> row : rows) {
      out.append(cell(row.get("label").toString().strip())).append(';').append(cell(value(row.get("value"))))
          .append("\r\n");
    }
    return out.toString();
  }

  private static String value(Object value) {
    if (value == null) {
      return "";
    }
    return value instanceof Double number ? String.valueOf(number).replace('.', ',') : value.toString();
  }

  /** Quotes a cell when needed, and defuses spreadsheet formulas (a cell starting with = + - @). */
  static String cell(String text) {
    String safe = !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    boolean quote = safe.contains(";") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r");
    return quote ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
  }
}
