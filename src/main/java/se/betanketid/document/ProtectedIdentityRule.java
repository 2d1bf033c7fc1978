package se.betanketid.document;

import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;
import se.betanketid.identity.Role;
import se.betanketid.system.Caller;

/**
 * Protected identity (skyddade personuppgifter): a document that names such a person goes only to the case's
 * handler, i.e. the assignee of an open task of the case, or to an administrator. The one place of this rule for
 * the documents; when the case's handlers are recorded elsewhere, only this class changes.
 */
@Component
class ProtectedIdentityRule {

  static final String PROTECTED_IDENTITY = "protectedIdentity";
  static final String REFUSAL = "Personen har skyddade personuppgifter. Bara den som handlägger ärendet "
      + "(har en öppen uppgift i ärendet tilldelad sig) kan hämta dokumentet.";

  private final TaskService tasks;

  ProtectedIdentityRule(TaskService tasks) {
    this.tasks = tasks;
  }

  /** Refuses (403) a caller who is not the case's handler when the person's identity is protected. */
  void check(Caller caller, CaseRecord record) {
    if (!record.isTrue(PROTECTED_IDENTITY) || caller.isMemberOf(Role.ADMIN_GROUP)) {
      return;
    }
    boolean handler = tasks.createTaskQuery().processInstanceBusinessKey(record.caseNumber())
        .taskAssignee(caller.userId()).count() > 0;
    if (!handler) {
      throw DocumentRefused.forbidden(REFUSAL);
    }
  }
}
