package se.betanketid.statistics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import se.betanketid.calendar.EngineTime;

/**
 * One row of ACT_HI_VARINST as the statistics need it, with its value decoded from the typed columns
 * (string: TEXT_; boolean, integer, long, date: LONG_; double: DOUBLE_; json: the byte array).
 */
record VariableRow(String rootId, String processInstanceId, boolean processLevel, String name, Object value,
    Instant created) {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Columns: ROOT_PROC_INST_ID_, PROC_INST_ID_, EXECUTION_ID_, NAME_, VAR_TYPE_, TEXT_, LONG_, DOUBLE_, CREATE_TIME_, BYTES_. */
  static VariableRow read(ResultSet rs) throws SQLException {
    String processInstanceId = rs.getString(2);
    Timestamp created = rs.getTimestamp(9);
    return new VariableRow(rs.getString(1), processInstanceId, processInstanceId != null
        && processInstanceId.equals(rs.getString(3)), rs.getString(4), decode(rs), created == null ? null
        : created.toInstant());
  }

  static final String COLUMNS = "V.ROOT_PROC_INST_ID_, V.PROC_INST_ID_, V.EXECUTION_ID_, V.NAME_, V.VAR_TYPE_, "
      + "V.TEXT_, V.LONG_, V.DOUBLE_, V.CREATE_TIME_, B.BYTES_";

  private static Object decode(ResultSet rs) throws SQLException {
    String type = rs.getString(5);
    if (type == null) {
      return null;
    }
    long number = rs.getLong(7);
    boolean numberNull = rs.wasNull();
    return switch (type) {
      case "string" -> rs.getString(6);
      case "boolean" -> numberNull ? null : number == 1;
      case "integer", "long", "short" -> numberNull ? null : number;
      case "date" -> numberNull ? null : new Date(number);
      case "double" -> rs.getDouble(8);
      case "json" -> json(rs.getBytes(10));
      default -> null;
    };
  }

  private static JsonNode json(byte[] bytes) {
    if (bytes == null) {
      return null;
    }
    try {
      return JSON.readTree(new String(bytes, StandardCharsets.UTF_8));
    } catch (Exception notJson) {
      return null;
    }
  }

  String text() {
    return value == null ? null : value.toString();
  }

  /** A date given as an ISO string ("2023-05-04", also with a time) or a Date; null when absent or malformed. */
  LocalDate date() {
    try {
      return value == null ? null : EngineTime.toLocalDate(value);
    } catch (RuntimeException malformed) {
      return null;
    }
  }

  Boolean bool() {
    return value instanceof Boolean b ? b : value == null ? null : Boolean.valueOf(value.toString());
  }

  List<String> strings() {
    List<String> values = new ArrayList<>();
    if (value instanceof JsonNode node && node.isArray()) {
      node.forEach(element -> values.add(element.asText()));
    } else if (value != null) {
      values.add(value.toString());
    }
    return values;
  }
}
