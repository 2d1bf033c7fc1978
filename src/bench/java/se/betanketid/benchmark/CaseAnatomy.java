package se.betanketid.benchmark;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What one finished instance of a process did, read from history: its process instances (the route, the
 * child's, the reflection period's), user tasks, activity instances, jobs run in them and variables. Its e-mails
 * are jobs of no process instance (the benchmarks count them as the SMTP server receives them).
 */
record CaseAnatomy(String outcome, int processInstances, int userTasks, int activities, int jobs, int variables) {

  /** The instance of the process that ended last. */
  static CaseAnatomy ofLast(BenchApp app, String processKey) {
    JdbcTemplate jdbc = app.bean(JdbcTemplate.class);
    String root = jdbc.queryForObject("SELECT ID_ FROM ACT_HI_PROCINST WHERE PROC_DEF_KEY_ = ? AND END_TIME_ IS NOT NULL"
        + " ORDER BY END_TIME_ DESC LIMIT 1", String.class, processKey);
    List<String> own = jdbc.queryForList("SELECT ID_ FROM ACT_HI_PROCINST WHERE ROOT_PROC_INST_ID_ = ?",
        String.class, root);
    Object[] ids = own.toArray();
    String in = " WHERE ROOT_PROC_INST_ID_ IN (" + marks(own.size()) + ")";
    List<String> outcomes = jdbc.queryForList("SELECT TEXT_ FROM ACT_HI_VARINST WHERE PROC_INST_ID_ = ?"
        + " AND NAME_ = 'outcome'", String.class, root);
    return new CaseAnatomy(outcomes.isEmpty() ? null : outcomes.get(0), own.size(),
        count(jdbc, "SELECT COUNT(*) FROM ACT_HI_TASKINST" + in, ids),
        count(jdbc, "SELECT COUNT(*) FROM ACT_HI_ACTINST" + in, ids),
        count(jdbc, "SELECT COUNT(*) FROM ACT_HI_JOB_LOG" + in + " AND JOB_STATE_ = 2", ids),
        count(jdbc, "SELECT COUNT(*) FROM ACT_HI_VARINST" + in, ids));
  }

  private static int count(JdbcTemplate jdbc, String sql, Object[] args) {
    Integer count = jdbc.queryForObject(sql, Integer.class, args);
    return count == null ? 0 : count;
  }

  private static String marks(int count) {
    return String.join(", ", Collections.nCopies(Math.max(1, count), "?"));
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%d user tasks; %d process instances; %d activity instances, %d jobs besides"
        + " the e-mails, %d variables", userTasks, processInstances, activities, jobs, variables);
  }
}
