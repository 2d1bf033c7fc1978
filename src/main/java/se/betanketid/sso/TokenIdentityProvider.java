package se.betanketid.sso;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.GroupQuery;
import org.camunda.bpm.engine.identity.NativeUserQuery;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.TenantQuery;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.identity.UserQuery;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.ReadOnlyIdentityProvider;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.GroupEntity;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import se.betanketid.identity.Role;
import se.betanketid.sso.SignedInPeople.Person;

/**
 * Profile oidc: Camunda's identity service, read-only, answered from the provider's tokens instead of Camunda's
 * user tables. Users: the signed-in person (and those this node has seen, SignedInPeople), with name and
 * e-mail from the token and never a password. Groups: ours that the group mapping names; a person's memberships:
 * her token's mapped groups. Someone without READ on users or groups (Camunda's authorizations, as with the
 * database) sees only herself and her own groups.
 */
class TokenIdentityProvider implements ReadOnlyIdentityProvider {

  private final SignedInPeople people;
  private final Set<String> groups;

  TokenIdentityProvider(SignedInPeople people, Set<String> groups) {
    this.people = people;
    this.groups = groups;
  }

  @Override
  public User findUserById(String userId) {
    return users(person -> person.id().equals(userId)).stream().findFirst().orElse(null);
  }

  @Override
  public UserQuery createUserQuery() {
    return new TokenUserQuery(Context.getProcessEngineConfiguration().getCommandExecutorTxRequired());
  }

  @Override
  public UserQuery createUserQuery(CommandContext commandContext) {
    return new TokenUserQuery();
  }

  @Override
  public NativeUserQuery createNativeUserQuery() {
    throw new BadUserRequestException("Användarna kommer från inloggningstjänsten: sökning med SQL stöds inte.");
  }

  @Override
  public boolean checkPassword(String userId, String password) {
    return false; // nobody's password is kept here: people log in at the provider
  }

  @Override
  public Group findGroupById(String groupId) {
    return groups(group -> group.equals(groupId), null).stream().findFirst().orElse(null);
  }

  @Override
  public GroupQuery createGroupQuery() {
    return new TokenGroupQuery(Context.getProcessEngineConfiguration().getCommandExecutorTxRequired());
  }

  @Override
  public GroupQuery createGroupQuery(CommandContext commandContext) {
    return new TokenGroupQuery();
  }

  @Override
  public Tenant findTenantById(String tenantId) {
    return null;
  }

  @Override
  public TenantQuery createTenantQuery() {
    return new NoTenantQuery(Context.getProcessEngineConfiguration().getCommandExecutorTxRequired());
  }

  @Override
  public TenantQuery createTenantQuery(CommandContext commandContext) {
    return new NoTenantQuery();
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}

  /** The users that match, sorted by id: those the caller may read. */
  List<User> users(Predicate<Person> matching) {
    String me = people.current().map(Person::id).orElse(null);
    return people.known().stream().filter(matching)
        .filter(person -> person.id().equals(me) || mayRead(Resources.USER, person.id()))
        .sorted(Comparator.comparing(Person::id)).map(TokenIdentityProvider::user).toList();
  }

  /** Our groups that match (of {@code member} only, when given), sorted by id: those the caller may read. */
  List<Group> groups(Predicate<String> matching, String member) {
    Set<String> mine = people.current().map(person -> Set.copyOf(person.groups())).orElse(Set.of());
    Set<String> ids = new TreeSet<>(member == null ? groups : membershipsOf(member));
    return ids.stream().filter(matching)
        .filter(group -> mine.contains(group) || mayRead(Resources.GROUP, group))
        .map(TokenIdentityProvider::group).toList();
  }

  private List<String> membershipsOf(String userId) {
    return people.known().stream().filter(person -> person.id().equals(userId)).findFirst()
        .map(Person::groups).orElse(List.of());
  }

  private static boolean mayRead(Resources resource, String id) {
    CommandContext context = Context.getCommandContext();
    return context == null || !context.isAuthorizationCheckEnabled()
        || context.getAuthorizationManager().isAuthorized(Permissions.READ, resource, id);
  }

  private static User user(Person person) {
    UserEntity user = new UserEntity(person.id());
    user.setFirstName(person.firstName());
    user.setLastName(person.lastName());
    user.setEmail(person.email());
    return user;
  }

  private static Group group(String id) {
    GroupEntity group = new GroupEntity(id);
    group.setName(id);
    group.setType(Role.ADMIN_GROUP.equals(id) ? "SYSTEM" : "WORKFLOW");
    return group;
  }

  /** SQL's LIKE as Camunda's queries use it: % any text, _ one character; case-insensitive. */
  static boolean like(String value, String pattern) {
    if (pattern == null) {
      return true;
    }
    if (value == null) {
      return false;
    }
    StringBuilder regex = new StringBuilder();
    for (char c : pattern.toCharArray()) {
      regex.append(c == '%' ? ".*" : c == '_' ? "." : Pattern.quote(String.valueOf(c)));
    }
    return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL)
        .matcher(value).matches();
  }

  static boolean equalOrAny(String value, String wanted) {
    return wanted == null || Objects.equals(value, wanted);
  }

  /** The query's page of what matched (all without a page), for the user and the group query. */
  static <T> List<T> page(List<T> all, Page page) {
    if (page == null) {
      return all;
    }
    int from = Math.min(page.getFirstResult(), all.size());
    return all.subList(from, (int) Math.min(all.size(), (long) from + page.getMaxResults()));
  }
}
