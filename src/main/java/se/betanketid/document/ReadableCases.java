package se.betanketid.document;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;
import se.betanketid.casefile.ApplicantType;
import se.betanketid.system.Caller;

/**
 * Finds a case by its number as the engine lets the caller see it: the route's process instance is looked up
 * with the caller's user and groups and Camunda's authorization checks on (READ on the running instance, or on
 * its history once the case has ended). A case the caller may not read is not found, exactly like an unknown one.
 */
@Component
class ReadableCases {

  private static final Pattern CASE_NUMBER = Pattern.compile("BT-\\d{4}-\\d{5}");
  private static final String[] ROUTES = {ApplicantType.SOCIAL_SERVICES.processKey(),
      ApplicantType.INVESTIGATION_LEADER.processKey()};

  private final IdentityService identities;
  private final RuntimeService runtime;
  private final HistoryService history;
  private final ObjectMapper json = new ObjectMapper();

  ReadableCases(IdentityService identities, RuntimeService runtime, HistoryService history) {
    this.identities = identities;
    this.runtime = runtime;
    this.history = history;
  }

  Optional<CaseRecord> find(Caller caller, String caseNumber) {
    if (caseNumber == null || !CASE_NUMBER.matcher(caseNumber).matches()) {
      return Optional.empty();
    }
    Optional<HistoricProcessInstance> root = history.createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(caseNumber).processDefinitionKeyIn(ROUTES).list().stream().findFirst();
    if (root.isEmpty() || !mayRead(caller, caseNumber, root.get().getId())) {
      return Optional.empty();
    }
    HistoricProcessInstance instance = root.get();
    ApplicantType type = ApplicantType.ofProcess(instance.getProcessDefinitionKey()).orElseThrow();
    return Optional.of(new CaseRecord(caseNumber, instance.getId(), type, instance.getStartUserId(),
        variablesOf(instance.getId())));
  }

  /** The engine's own answer, with the caller's authorizations: may this caller read this instance? */
  private boolean mayRead(Caller caller, String caseNumber, String instanceId) {
    identities.setAuthentication(caller.userId(), List.copyOf(caller.groups()));
    try {
      return runtime.createProcessInstanceQuery().processInstanceId(instanceId).count() > 0
          || history.createHistoricProcessInstanceQuery().processInstanceId(instanceId)
              .processInstanceBusinessKey(caseNumber).count() > 0;
    } finally {
      identities.clearAuthentication();
    }
  }

  /** The process-level variables of the instance (a task's local variables are left out). */
  private Map<String, Object> variablesOf(String instanceId) {
    Map<String, Object> variables = new HashMap<>();
    for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery()
        .processInstanceId(instanceId).list()) {
      boolean processLevel = instanceId.equals(variable.getActivityInstanceId());
      if (processLevel || !variables.containsKey(variable.getName())) {
        variables.put(variable.getName(), plain(variable.getValue()));
      }
    }
    return variables;
  }

  private Object plain(Object value) {
    if (value instanceof SpinJsonNode node) {
      try {
        return json.readValue(node.toString(), Object.class);
      } catch (Exception notJson) {
        return null;
      }
    }
    return value;
  }
}
