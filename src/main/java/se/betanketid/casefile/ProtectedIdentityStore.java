package se.betanketid.casefile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Where the identifying fields of a case with protected personal data are kept, outside the engine (table
 * {@code bt_protected_identity}, written in the transaction that opens the case). Nothing reads it but
 * {@link ProtectedIdentity}; the row goes when the case's history is cleaned up.
 */
@Repository
public class ProtectedIdentityStore {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The person's fields (personName, personBirthDate, identityDocument) and each child's, in row order. */
  public record Identity(Map<String, String> person, List<Map<String, String>> children) {}

  private final JdbcTemplate jdbc;

  ProtectedIdentityStore(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void save(String caseNumber, Identity identity) {
    deleteWithoutHistory();
    jdbc.update("INSERT INTO bt_protected_identity (case_number, identity_json) VALUES (?, ?)", caseNumber,
        write(identity));
  }

  Optional<Identity> find(String caseNumber) {
    return jdbc.query("SELECT identity_json FROM bt_protected_identity WHERE case_number = ?",
        (rows, i) -> read(rows.getString(1)), caseNumber).stream().findFirst();
  }

  boolean contains(String caseNumber) {
    Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM bt_protected_identity WHERE case_number = ?",
        Integer.class, caseNumber);
    return count != null && count > 0;
  }

  /**
   * Removes the cases whose history is gone (history cleanup after the retention time): run at each new protected
   * case, so that a row outlives its case's history at most until the next one.
   */
  int deleteWithoutHistory() {
    return jdbc.update("DELETE FROM bt_protected_identity WHERE NOT EXISTS (SELECT 1 FROM ACT_HI_PROCINST p "
        + "WHERE p.BUSINESS_KEY_ = bt_protected_identity.case_number)");
  }

  private static String write(Identity identity) {
    try {
      return JSON.writeValueAsString(identity);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Protected identity not serialisable", e);
    }
  }

  private static Identity read(String json) {
    try {
      return JSON.readValue(json, Identity.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Protected identity unreadable", e);
    }
  }
}
