package se.betanketid.casefile;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import se.betanketid.validation.FormValidation;

/**
 * Adds built-in listeners (which {@code skipCustomListeners} cannot skip) to every process: a route started
 * from a start form opens a case; every instance grants the case's groups access; every user task validates
 * its form's values on completion, and a person (an authenticated user) may submit only the form's fields.
 */
class CaseParseListener extends AbstractBpmnParseListener {

  private final CaseOpening opening;
  private final CaseAccess access;
  private final FormValidation validation;

  CaseParseListener(CaseOpening opening, CaseAccess access, FormValidation validation) {
    this.opening = opening;
    this.access = access;
    this.validation = validation;
  }

  @Override
  public void parseStartEvent(Element element, ScopeImpl scope, ActivityImpl startEvent) {
    String formId = element.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "formRef");
    if (scope instanceof ProcessDefinitionEntity process && formId != null) {
      process.addBuiltInListener(ExecutionListener.EVENTNAME_START,
          (ExecutionListener) execution -> opening.open(execution, formId));
    }
  }

  @Override
  public void parseProcess(Element element, ProcessDefinitionEntity process) {
    process.addBuiltInListener(ExecutionListener.EVENTNAME_START, (ExecutionListener) access::grant);
  }

  @Override
  public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
    String formId = element.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "formRef");
    if (formId != null && activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask) {
      userTask.getTaskDefinition().addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, task -> {
        if (Context.getCommandContext().getAuthentication() != null) {
          validation.refuseNotInForm(formId, ChangedVariables.of(task.getProcessInstanceId()));
        }
        validation.validate(formId, validation.readValues(formId, task));
      });
    }
  }
}
