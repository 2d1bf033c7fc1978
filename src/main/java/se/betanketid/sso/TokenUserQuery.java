package se.betanketid.sso;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.UserQueryImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;

/** Camunda's user query, answered by TokenIdentityProvider (profile oidc). Always sorted by user id. */
class TokenUserQuery extends UserQueryImpl {

  TokenUserQuery() {}

  TokenUserQuery(CommandExecutor executor) {
    super(executor);
  }

  @Override
  public long executeCount(CommandContext context) {
    return matching(context).size();
  }

  @Override
  public List<User> executeList(CommandContext context, Page page) {
    return TokenIdentityProvider.page(matching(context), page);
  }

  private List<User> matching(CommandContext context) {
    checkQueryOk();
    if (procDefId != null || tenantId != null) {
      return List.of(); // no starter restrictions and no tenants here
    }
    TokenIdentityProvider provider = (TokenIdentityProvider) context.getReadOnlyIdentityProvider();
    Set<String> idSet = ids == null ? null : Set.of(ids);
    return provider.users(person -> TokenIdentityProvider.equalOrAny(person.id(), id)
        && (idSet == null || idSet.contains(person.id()))
        && TokenIdentityProvider.equalOrAny(person.firstName(), firstName)
        && TokenIdentityProvider.like(person.firstName(), firstNameLike)
        && TokenIdentityProvider.equalOrAny(person.lastName(), lastName)
        && TokenIdentityProvider.like(person.lastName(), lastNameLike)
        && TokenIdentityProvider.equalOrAny(person.email(), email)
        && TokenIdentityProvider.like(person.email(), emailLike)
        && (groupId == null || person.groups().contains(groupId)));
  }
}
