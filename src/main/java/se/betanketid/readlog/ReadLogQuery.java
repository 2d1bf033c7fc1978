package se.betanketid.readlog;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.betanketid.calendar.EngineTime;

/** The read log's rows for a manager: only her municipalities' cases, by case, user and period, the newest first. */
@Component
class ReadLogQuery {

  /** At most this many rows in one answer (the newest). */
  static final int LIMIT = 5000;
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  record Filter(Set<String> municipalities, String caseNumber, String userId, LocalDate from, LocalDate to) {}

  record Row(String readAt, String userId, String caseNumber, String channel, String client, boolean breakGlass,
      String reason) {}

  private final JdbcTemplate jdbc;

  ReadLogQuery(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  List<Row> rows(Filter filter) {
    StringBuilder sql = new StringBuilder("SELECT read_at, user_id, case_number, channel, client, break_glass, reason"
        + " FROM read_log WHERE municipality_code IN (")
        .append(String.join(",", Collections.nCopies(filter.municipalities().size(), "?")))
        .append(") AND read_at >= ? AND read_at < ?");
    List<Object> args = new ArrayList<>(filter.municipalities());
    args.add(Timestamp.from(filter.from().atStartOfDay(EngineTime.SWEDEN).toInstant()));
    args.add(Timestamp.from(filter.to().plusDays(1).atStartOfDay(EngineTime.SWEDEN).toInstant()));
    if (filter.caseNumber() != null) {
      sql.append(" AND case_number = ?");
      args.add(filter.caseNumber());
    }
    if (filter.userId() != null) {
      sql.append(" AND user_id = ?");
      args.add(filter.userId());
    }
    sql.append(" ORDER BY read_at DESC, id DESC");
    List<Row> rows = jdbc.query(connection -> {
      var statement = connection.prepareStatement(sql.toString());
      statement.setMaxRows(LIMIT + 1);
      for (int i = 0; i < args.size(); i++) {
        statement.setObject(i + 1, args.get(i));
      }
      return statement;
    }, (result, n) -> new Row(
        EngineTime.toZoned(result.getTimestamp(1).toInstant()).format(TIME), result.getString(2), result.getString(3),
        Channel.labelOf(result.getString(4)), result.getString(5), result.getBoolean(6), result.getString(7)));
    return rows;
  }

  /** The municipality of a case: from the register, else from the log itself (the case may be gone). */
  List<String> municipalitiesOf(String caseNumber) {
    List<String> codes = new ArrayList<>(jdbc.queryForList("SELECT municipality_code FROM case_file"
        + " WHERE case_number = ? AND kind = 'case'", String.class, caseNumber));
    if (codes.isEmpty()) {
      codes.addAll(jdbc.queryForList("SELECT DISTINCT municipality_code FROM read_log WHERE case_number = ?",
          String.class, caseNumber));
    }
    return codes;
  }
}
