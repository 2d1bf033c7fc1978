package se.betanketid.casefile;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import se.betanketid.engine.EngineHook;
import se.betanketid.engine.EngineHooks;
import se.betanketid.engine.Hook;
import se.betanketid.validation.EditableFields;
import se.betanketid.validation.FormValidation;

/**
 * The case's hooks in the engine: {@link CaseAuthorizationProvider}, {@link CaseParseListener},
 * {@link CaseIdentityGuard} and {@link FormSubmissionGuard} (their places: {@link Hook}).
 */
@Component
class CasePlugin implements EngineHook {

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
  public void addTo(EngineHooks engine) {
    engine.authorizationProvider(Hook.CASE_AUTHORIZATION, new CaseAuthorizationProvider(access));
    engine.beforeParse(Hook.CASE_OPENING, new CaseParseListener(opening, access, validation));
    engine.commandInterceptor(Hook.CASE_IDENTITY_GUARD, new CaseIdentityGuard());
    engine.commandInterceptor(Hook.FORM_SUBMISSION_GUARD, new FormSubmissionGuard(editable::getObject));
  }
}
