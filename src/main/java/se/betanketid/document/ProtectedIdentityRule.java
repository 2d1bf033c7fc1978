package se.betanketid.document;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import se.betanketid.casefile.ProtectedIdentity;
import se.betanketid.casefile.ProtectedIdentityStore;
import se.betanketid.system.Caller;

/**
 * Protected identity (skyddade personuppgifter) for the documents: a document that names such a person goes only
 * to the case's handler or an administrator ({@link ProtectedIdentity#isHandler}, the one place of the rule), and
 * names the person with the real values, which the engine does not hold (it keeps "Skyddade personuppgifter").
 */
@Component
class ProtectedIdentityRule {

  static final String PROTECTED_IDENTITY = ProtectedIdentity.FLAG;
  static final String REFUSAL = "Personen har skyddade personuppgifter. Bara den som handlägger ärendet "
      + "(har en öppen uppgift i ärendet tilldelad sig) kan hämta dokumentet.";

  private final ProtectedIdentity protectedIdentity;

  ProtectedIdentityRule(ProtectedIdentity protectedIdentity) {
    this.protectedIdentity = protectedIdentity;
  }

  /** Refuses (403) a caller who is not the case's handler when the person's identity is protected. */
  void check(Caller caller, CaseRecord record) {
    if (!record.isTrue(PROTECTED_IDENTITY)) {
      return;
    }
    if (!protectedIdentity.isHandler(caller.userId(), caller.groups(), record.caseNumber())) {
      throw DocumentRefused.forbidden(REFUSAL);
    }
  }

  /** The record with the real identifying values for a handler of a protected case (after {@link #check}). */
  CaseRecord reveal(Caller caller, CaseRecord record) {
    if (!record.isTrue(PROTECTED_IDENTITY)) {
      return record;
    }
    return protectedIdentity.readFor(caller.userId(), caller.groups(), record.caseNumber())
        .map(identity -> new CaseRecord(record.caseNumber(), record.instanceId(), record.applicantType(),
            record.startUserId(), withReal(record, identity)))
        .orElse(record);
  }

  private static Map<String, Object> withReal(CaseRecord record, ProtectedIdentityStore.Identity identity) {
    Map<String, Object> variables = new LinkedHashMap<>(record.variables());
    variables.putAll(identity.person());
    List<Object> children = new ArrayList<>();
    List<?> rows = record.list("children");
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i) instanceof Map<?, ?> row && i < identity.children().size()) {
        Map<Object, Object> child = new LinkedHashMap<>(row);
        child.putAll(identity.children().get(i));
        children.add(child);
      } else {
        children.add(rows.get(i));
      }
    }
    if (variables.containsKey("children")) {
      variables.put("children", children);
    }
    return variables;
  }
}
