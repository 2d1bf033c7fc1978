package se.betanketid.document;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One headed section of a document as the template shows it: blocks in the order added (a table of label and
 * value rows, or a paragraph), then items (e.g. one per child) each with its own rows and a note. Built as plain
 * maps for FreeMarker.
 */
final class DocumentSection {

  /** Shown for a value that the case does not hold. */
  static final String NOT_GIVEN = "–";

  private final String heading;
  private final List<Map<String, Object>> blocks = new ArrayList<>();
  private List<Map<String, String>> rows = new ArrayList<>();
  private final List<Map<String, Object>> items = new ArrayList<>();

  DocumentSection(String heading) {
    this.heading = heading;
  }

  DocumentSection row(String label, String value) {
    if (blocks.isEmpty() || !blocks.get(blocks.size() - 1).containsKey("rows")) {
      rows = new ArrayList<>();
      blocks.add(Map.of("rows", rows));
    }
    rows.add(Map.of("label", label, "value", value == null || value.isBlank() ? NOT_GIVEN : value));
    return this;
  }

  DocumentSection text(String text) {
    if (text != null && !text.isBlank()) {
      blocks.add(Map.of("text", text));
    }
    return this;
  }

  DocumentSection item(String title, DocumentSection content, String note) {
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("title", title);
    item.put("rows", content.blocks.stream().filter(block -> block.containsKey("rows"))
        .flatMap(block -> ((List<?>) block.get("rows")).stream()).toList());
    item.put("note", note);
    items.add(item);
    return this;
  }

  Map<String, Object> toMap() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("heading", heading);
    map.put("blocks", blocks);
    map.put("items", items);
    return map;
  }

  static String yesNo(Object value) {
    return value == null ? NOT_GIVEN : Boolean.TRUE.equals(value) ? "Ja" : "Nej";
  }
}
