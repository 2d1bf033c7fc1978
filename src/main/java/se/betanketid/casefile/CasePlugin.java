package se.betanketid.casefile;

import java.util.ArrayList;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import se.betanketid.validation.EditableFields;
import se.betanketid.validation.FormValidation;

/**
 * Registers {@link CaseParseListener}, {@link CaseAuthorizationProvider}, {@link CaseIdentityGuard} and
 * {@link FormSubmissionGuard} with the engine.
 */
@Component
class CasePlugin extends AbstractProcessEnginePlugin {

  private final CaseOpening opening;
  private final CaseAccess access;
  private final FormValidation validation;
  private final ObjectProvider<EditableFields> editable;

  CasePlugin(@Lazy CaseOpening opening, CaseAccess access, @Lazy FormValidation validation,
      ObjectProvider<EditableFields> editable) {
    this.opening = opening;
    this.access = access;
    this.validation = validation;
    this.editable = editable;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPreBPMNParseListeners() == null) {
      configuration.setCustomPreBPMNParseListeners(new ArrayList<BpmnParseListener>());
    }
    configuration.getCustomPreBPMNParseListeners().add(new CaseParseListener(opening, access, validation));
    configuration.setResourceAuthorizationProvider(new CaseAuthorizationProvider(access));
    if (configuration.getCustomPostCommandInterceptorsTxRequired() == null) {
      configuration.setCustomPostCommandInterceptorsTxRequired(new ArrayList<CommandInterceptor>());
    }
    configuration.getCustomPostCommandInterceptorsTxRequired().add(new CaseIdentityGuard());
    configuration.getCustomPostCommandInterceptorsTxRequired().add(new FormSubmissionGuard(editable::getObject));
  }
}
