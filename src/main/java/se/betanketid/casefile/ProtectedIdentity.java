package se.betanketid.casefile;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Service;
import se.betanketid.identity.Role;

/**
 * The one rule for a person with protected personal data (skyddade personuppgifter, {@code protectedIdentity}):
 * the identifying fields below are readable only by the case's handlers (the holder, i.e. assignee, of one of its
 * open tasks) and administrators. In the engine (variables, history, every
 * REST resource, Tasklist, Cockpit, mails, dashboard, exports) a protected case holds {@link #MASK} instead;
 * the real values are kept in {@link ProtectedIdentityStore} and given out only through
 * {@link #readFor(String, Collection, String)} (docs/security.md, "Protected identity").
 */
@Service
public class ProtectedIdentity {

  /** The start forms' checkbox "Skyddade personuppgifter". */
  public static final String FLAG = "protectedIdentity";
  /** What everyone sees in place of an identifying field of a protected case. */
  public static final String MASK = "Skyddade personuppgifter";
  /** The person's identifying fields (start forms, both routes). */
  public static final List<String> PERSON_FIELDS = List.of("personName", "personBirthDate", "identityDocument");
  /** Each accompanying child's identifying fields (rows of {@code children}; the child's {@code child}). */
  public static final List<String> CHILD_FIELDS = List.of("childName", "childBirthDate");

  private final TaskService tasks;
  private final ProtectedIdentityStore store;

  ProtectedIdentity(TaskService tasks, ProtectedIdentityStore store) {
    this.tasks = tasks;
    this.store = store;
  }

  /** Whether the start form's flag says the person has protected personal data. */
  public static boolean isProtected(Object flag) {
    return Boolean.TRUE.equals(flag);
  }

  /**
   * Whether this user handles the case: an administrator, or the assignee of one of its open tasks (any process
   * instance of the case: the route, the reflection period, a child). Whoever opened the case is not a handler
   * by that alone: she claims the task at hand.
   */
  public boolean isHandler(String userId, Collection<String> groups, String caseNumber) {
    if (userId == null || caseNumber == null) {
      return false;
    }
    if (groups != null && groups.contains(Role.ADMIN_GROUP)) {
      return true;
    }
    return tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).taskAssignee(userId).count() > 0;
  }

  /**
   * The real identifying values of a protected case, for its handlers only; empty for anyone else and for a case
   * without protected personal data (the caller cannot tell the two apart unless they handle the case).
   */
  public Optional<ProtectedIdentityStore.Identity> readFor(String userId, Collection<String> groups,
      String caseNumber) {
    if (!isHandler(userId, groups, caseNumber)) {
      return Optional.empty();
    }
    return store.find(caseNumber);
  }

  /** Whether the case was opened with protected personal data (its values are masked in the engine). */
  public boolean isProtectedCase(String caseNumber) {
    return store.contains(caseNumber);
  }
}
