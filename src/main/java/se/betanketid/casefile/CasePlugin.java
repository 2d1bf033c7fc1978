package se.betanketid.casefile;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import se.betanketid.engine.EngineHook;
import se.betanketid.engine.Hook;
import se.betanketid.validation.EditableFields;
import se.betanketid.validation.FormValidation;

/**
 * The case's hooks in the engine ({@link Hook}: {@code CASE_AUTHORIZATION}, {@code CASE_OPENING},
 * {@code CASE_IDENTITY_GUARD}, {@code FORM_SUBMISSION_GUARD}).
 */
@Configuration(proxyBeanMethods = false)
class CasePlugin {

  @Bean
  EngineHook caseAuthorization(CaseAccess access) {
    return EngineHook.of(Hook.CASE_AUTHORIZATION,
        engine -> engine.authorizationProvider(new CaseAuthorizationProvider(access)));
  }

  @Bean
  EngineHook caseOpening(@Lazy CaseOpening opening, CaseAccess access, @Lazy FormValidation validation) {
    return EngineHook.of(Hook.CASE_OPENING,
        engine -> engine.beforeParse(new CaseParseListener(opening, access, validation)));
  }

  @Bean
  EngineHook caseIdentityGuard() {
    return EngineHook.of(Hook.CASE_IDENTITY_GUARD, engine -> engine.commandInterceptor(new CaseIdentityGuard()));
  }

  @Bean
  EngineHook formSubmissionGuard(ObjectProvider<EditableFields> editable) {
    return EngineHook.of(Hook.FORM_SUBMISSION_GUARD,
        engine -> engine.commandInterceptor(new FormSubmissionGuard(editable::getObject)));
  }
}
