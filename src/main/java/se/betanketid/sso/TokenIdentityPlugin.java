package se.betanketid.sso;

import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.impl.identity.ReadOnlyIdentityProvider;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import se.betanketid.engine.EngineHook;
import se.betanketid.engine.EngineHooks;
import se.betanketid.engine.Hook;

/**
 * Profile oidc: Camunda's identity service becomes read-only and answers from the provider's tokens
 * (TokenIdentityProvider), so nothing of a person is written to Camunda's ACT_ID_* tables. Camunda's webapps
 * then also skip their "create the first administrator" page. The embedded default keeps its demo users in
 * Camunda's tables.
 */
@Component
@Profile("oidc")
class TokenIdentityPlugin implements EngineHook, SessionFactory {

  private final SignedInPeople people;
  private final Set<String> groups;

  TokenIdentityPlugin(SignedInPeople people, OidcSettings settings) {
    this.people = people;
    this.groups = Set.copyOf(new TreeSet<>(settings.groupMapping().values()));
  }

  @Override
  public void addTo(EngineHooks engine) {
    engine.identityProvider(Hook.TOKEN_IDENTITY, this);
  }

  @Override
  public Class<?> getSessionType() {
    return ReadOnlyIdentityProvider.class;
  }

  @Override
  public Session openSession() {
    return new TokenIdentityProvider(people, groups);
  }
}
