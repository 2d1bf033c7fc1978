package se.betanketid.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.QueryOrderingProperty;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import se.betanketid.ProcessTestCase;

/** The demo identities of the embedded default and the Tasklist filters every role sees. */
class DemoIdentitiesIT extends ProcessTestCase {

  @Autowired FilterService filters;

  @ParameterizedTest(name = "{0} in {1}")
  @CsvSource({
      "admin, camunda-admin",
      "sara, socialtjanst-0180",
      "nils, socialtjanst-1480",
      "kim, regionkoordinator-stockholm",
      "alva, regionkoordinator-vast",
      "alex, forundersokningsledare-stockholm",
      "maria, chef-0180",
      "eva, nationell-samordning"})
  void demoUserHasItsGroupEmailAndPassword(String userId, String groupId) {
    User user = identityService.createUserQuery().userId(userId).singleResult();
    assertThat(user).as(userId).isNotNull();
    assertThat(user.getEmail()).isEqualTo(userId + "@betanketid.example");
    assertThat(user.getFirstName()).isNotBlank();
    assertThat(identityService.createGroupQuery().groupMember(userId).list())
        .extracting(Group::getId).containsExactly(groupId);
    assertThat(identityService.checkPassword(userId, userId)).as("password = user id").isTrue();
  }

  @Test
  void everyDemoGroupHasASwedishName() {
    for (DemoIdentities.DemoUser demo : DemoIdentities.USERS) {
      Group group = identityService.createGroupQuery().groupId(demo.groupId()).singleResult();
      assertThat(group.getName()).isEqualTo(demo.groupName());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"Mina uppgifter", "Gruppens uppgifter", "Försenade"})
  void filterExistsSortedByDueDateAndReadableBySara(String name) {
    Filter filter = filters.createFilterQuery().filterName(name).singleResult();
    assertThat(filter).as(name).isNotNull();
    List<QueryOrderingProperty> ordering = ((TaskQueryImpl) filter.getQuery()).getOrderingProperties();
    assertThat(ordering).isNotEmpty();
    assertThat(ordering.get(0).getQueryProperty().getName()).isEqualToIgnoringCase("DUE_DATE_");
    assertThat(filter.getProperties()).containsKey("description");

    identityService.setAuthentication("sara", List.of("socialtjanst-0180"));
    try {
      assertThat(filters.createFilterQuery().filterName(name).count()).as("sara sees " + name).isOne();
      assertThat(filters.list(filter.getId())).as("sara can run " + name).isNotNull();
    } finally {
      identityService.clearAuthentication();
    }
  }

  @Test
  void overdueFilterShowsOnlyTasksPastTheirDueDate() {
    TaskQueryImpl query = filters.createFilterQuery().filterName("Försenade").singleResult().getQuery();
    assertThat(query.getExpressions()).containsKey("dueBefore");
  }
}
