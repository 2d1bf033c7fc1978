package se.betanketid.statistics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import se.betanketid.statistics.YearlyTable.Row;

/**
 * The yearly report as the caller may see it: a manager all figures of their municipality; the national
 * coordination counts only, small counts as "&lt;5", no median of fewer cases.
 */
@Component
public class StatisticsView {

  private final SmallCounts small;
  private final StatisticsAccess access;
  private final ObjectMapper json = new ObjectMapper();

  StatisticsView(SmallCounts small, StatisticsAccess access) {
    this.small = small;
    this.access = access;
  }

  Map<String, Object> json(YearlyReport report, StatisticsScope scope) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("year", report.year());
    body.put("scope", scopeJson(scope));
    body.put("countsOnly", scope.national());
    ObjectNode figures = json.valueToTree(report);
    figures.remove("year");
    if (scope.national()) {
      hideSmall(figures);
    }
    body.put("figures", figures);
    body.put("table", table(report, scope.national()));
    return body;
  }

  public Map<String, Object> scopeJson(StatisticsScope scope) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("municipalities", scope.municipalities().stream().sorted().toList());
    json.put("region", scope.region());
    json.put("description", access.describe(scope));
    return json;
  }

  /** The rows of the table; with {@code hideSmall} small counts become "&lt;5". */
  List<Map<String, Object>> table(YearlyReport report, boolean hideSmall) {
    List<Map<String, Object>> rows = new ArrayList<>();
    boolean hideSpread = false;
    for (Row row : YearlyTable.rows(report)) {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("key", row.key());
      json.put("label", row.label());
      if (row.count()) {
        hideSpread = hideSmall && small.hidden(row.value());
        json.put("value", hideSmall ? small.show(row.value()) : row.value());
      } else {
        json.put("value", hideSpread ? null : row.value());
      }
      rows.add(json);
    }
    return rows;
  }

  /** Every count in the tree: "&lt;5" when small; the median and percentile go with few cases. */
  private void hideSmall(ObjectNode node) {
    if (node.has("cases") && node.has("median") && small.hidden(node.get("cases").numberValue())) {
      node.putNull("median");
      node.putNull("p90");
    }
    for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
      Map.Entry<String, JsonNode> field = fields.next();
      JsonNode value = field.getValue();
      if (value.isObject()) {
        hideSmall((ObjectNode) value);
      } else if (value.isIntegralNumber() && small.hidden(value.numberValue())) {
        field.setValue(json.getNodeFactory().textNode("<" + small.threshold()));
      }
    }
  }
}
