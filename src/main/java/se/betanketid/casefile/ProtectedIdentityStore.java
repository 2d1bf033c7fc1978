package se.betanketid.casefile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Where the identifying fields of a case with protected personal data are kept, outside the engine (table
 * {@code bt_protected_identity}, written in the transaction that opens the case). Nothing reads it but
 * {@link ProtectedIdentity}; the row goes with the case's rows in the case register ({@code register.RegisterRetention}
 * deletes them once the engine's history cleanup has removed the case's history).
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

  /** Removes these cases' rows (cases whose history is gone); answers how many there were. */
  public int delete(Collection<String> caseNumbers) {
    return caseNumbers.isEmpty() ? 0 : jdbc.update("DELETE FROM bt_protected_identity WHERE case_number IN ("
        + String.join(", ", Collections.nCopies(caseNumbers.size(), "?")) + ")", caseNumbers.toArray());
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
