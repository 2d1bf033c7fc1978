package se.betanketid.statistics;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * Benchmark data: copies the history of real cases (their route, ReflectionPeriodProcess and all their variables
 * and activity instances) many times, each copy shifted by some days, with another sex and municipality.
 * Only for {@link StatisticsBenchmarkIT}: the copies have the shape real cases have, without running them.
 */
class HistoryCloner {

  static final List<String> TABLES = List.of("ACT_HI_PROCINST", "ACT_HI_ACTINST", "ACT_HI_VARINST");
  static final String[][] PLACES = {{"0180", "stockholm"}, {"1480", "vast"}, {"1280", "syd"}, {"0380", "mitt"},
      {"0580", "ost"}, {"1880", "bergslagen"}, {"2480", "nord"}, {"0114", "stockholm"}, {"1380", "vast"}};
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  /** One table's rows of a template case, with the column names and types. */
  record Template(String table, List<String> columns, List<Integer> types, List<Object[]> rows) {}

  private final DataSource dataSource;

  HistoryCloner(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * The history rows of a case. Lean: only the variables the statistics and dashboard read and the activity
   * instances they belong to (for the 100 000-case benchmark, whose full copy would not fit this machine).
   */
  List<Template> read(String rootId, boolean lean) throws SQLException {
    List<Template> all = read(rootId);
    if (!lean) {
      return all;
    }
    Set<String> names = new HashSet<>(HistoryNames.CASE_VARIABLES);
    names.addAll(List.of(HistoryNames.CHILD_COVERED, HistoryNames.COVERAGE_BASIS, HistoryNames.CHILD_ESCALATION_OPEN,
        HistoryNames.ESCALATION_KIND, HistoryNames.VALID_UNTIL));
    Template variables = all.get(2);
    int name = variables.columns().indexOf("NAME_");
    int activity = variables.columns().indexOf("ACT_INST_ID_");
    List<Object[]> keptVariables = variables.rows().stream().filter(row -> names.contains((String) row[name])).toList();
    Set<Object> activities = new HashSet<>();
    keptVariables.forEach(row -> activities.add(row[activity]));
    Template activityInstances = all.get(1);
    int id = activityInstances.columns().indexOf("ID_");
    return List.of(all.get(0), new Template(activityInstances.table(), activityInstances.columns(),
        activityInstances.types(), activityInstances.rows().stream().filter(row -> activities.contains(row[id])).toList()),
        new Template(variables.table(), variables.columns(), variables.types(), keptVariables));
  }

  List<Template> read(String rootId) throws SQLException {
    List<Template> templates = new ArrayList<>();
    try (Connection connection = dataSource.getConnection()) {
      for (String table : TABLES) {
        try (PreparedStatement select = connection.prepareStatement(
            "SELECT * FROM " + table + " WHERE ROOT_PROC_INST_ID_ = ?")) {
          select.setString(1, rootId);
          try (ResultSet rs = select.executeQuery()) {
            ResultSetMetaData meta = rs.getMetaData();
            List<String> columns = new ArrayList<>();
            List<Integer> types = new ArrayList<>();
            for (int c = 1; c <= meta.getColumnCount(); c++) {
              columns.add(meta.getColumnName(c));
              types.add(meta.getColumnType(c));
            }
            List<Object[]> rows = new ArrayList<>();
            while (rs.next()) {
              Object[] row = new Object[columns.size()];
              for (int c = 0; c < row.length; c++) {
                row[c] = rs.getObject(c + 1);
              }
              rows.add(row);
            }
            templates.add(new Template(table, columns, types, rows));
          }
        }
      }
    }
    return templates;
  }

  /** Inserts copy number {@code copy} of the template, {@code days} later, in the given place and sex. */
  void insert(List<Template> templates, long copy, long days, int place, String sex,
      java.util.Map<String, PreparedStatement> statements, Connection connection) throws SQLException {
    Set<String> ids = idsOf(templates);
    for (Template template : templates) {
      PreparedStatement insert = statements.computeIfAbsent(template.table(), table -> prepare(connection, template));
      int name = template.columns().indexOf("NAME_");
      for (Object[] row : template.rows()) {
        String variable = name >= 0 ? (String) row[name] : null;
        for (int c = 0; c < row.length; c++) {
          insert.setObject(c + 1, value(template, c, row[c], variable, ids, copy, days, place, sex),
              template.types().get(c));
        }
        insert.addBatch();
      }
    }
  }

  private static Object value(Template template, int c, Object value, String variable, Set<String> ids, long copy,
      long days, int place, String sex) {
    String column = template.columns().get(c);
    if (value instanceof String text && ids.contains(text)) {
      return text.length() > 8 ? text.substring(0, text.length() - 8) + String.format("z%07x", copy) : text + copy;
    }
    if (value instanceof Timestamp time) {
      return Timestamp.from(time.toInstant().plusSeconds(days * 86_400));
    }
    if ("TEXT_".equals(column) && value instanceof String text) {
      if (DATE.matcher(text).matches()) {
        return LocalDate.parse(text).plusDays(days).toString();
      }
      if ("personSex".equals(variable)) {
        return sex;
      }
      if ("municipalityCode".equals(variable)) {
        return PLACES[place][0];
      }
      if ("policeRegion".equals(variable)) {
        return PLACES[place][1];
      }
    }
    return value;
  }

  private static Set<String> idsOf(List<Template> templates) {
    Set<String> ids = new HashSet<>();
    for (Template template : templates) {
      for (String column : List.of("ID_", "EXECUTION_ID_", "ACT_INST_ID_", "PARENT_ACT_INST_ID_", "TASK_ID_",
          "CALL_PROC_INST_ID_")) {
        int index = template.columns().indexOf(column);
        if (index >= 0) {
          template.rows().forEach(row -> {
            if (row[index] != null) {
              ids.add(row[index].toString());
            }
          });
        }
      }
    }
    return ids;
  }

  private static PreparedStatement prepare(Connection connection, Template template) {
    String sql = "INSERT INTO " + template.table() + " (" + String.join(", ", template.columns()) + ") VALUES ("
        + String.join(", ", java.util.Collections.nCopies(template.columns().size(), "?")) + ")";
    try {
      return connection.prepareStatement(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
