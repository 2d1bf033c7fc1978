package se.betanketid.sso;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.GroupQueryImpl;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;

/** Camunda's group query, answered by TokenIdentityProvider (profile oidc). Always sorted by group id. */
class TokenGroupQuery extends GroupQueryImpl {

  TokenGroupQuery() {}

  TokenGroupQuery(CommandExecutor executor) {
    super(executor);
  }

  @Override
  public long executeCount(CommandContext context) {
    return matching(context).size();
  }

  @Override
  public List<Group> executeList(CommandContext context, Page page) {
    return TokenIdentityProvider.page(matching(context), page);
  }

  private List<Group> matching(CommandContext context) {
    checkQueryOk();
    if (procDefId != null || tenantId != null) {
      return List.of();
    }
    TokenIdentityProvider provider = (TokenIdentityProvider) context.getReadOnlyIdentityProvider();
    Set<String> idSet = ids == null ? null : Set.of(ids);
    return provider.groups(group -> TokenIdentityProvider.equalOrAny(group, id)
        && (idSet == null || idSet.contains(group))
        && TokenIdentityProvider.equalOrAny(group, name)
        && TokenIdentityProvider.like(group, nameLike), userId).stream()
        .filter(group -> type == null || type.equals(group.getType())).toList();
  }
}
