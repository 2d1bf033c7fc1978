package se.betanketid.identity;

import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Service;

/** Tasklist's filters for every role, sorted by due date, readable by every user. */
@Service
record TasklistFilters(FilterService filters, TaskService tasks, AuthorizationService authorizations) {

  void createIfMissing() {
    create("Mina uppgifter", "Uppgifter som du handlägger", -10,
        tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
    create("Gruppens uppgifter", "Uppgifter för dina grupper som ingen har tagit", -5,
        tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").taskUnassigned());
    create("Försenade", "Uppgifter vars förfallodatum har passerat", 0,
        tasks.createTaskQuery().or().taskAssigneeExpression("${currentUser()}")
            .taskCandidateGroupInExpression("${currentUserGroups()}").endOr()
            .dueBeforeExpression("${now()}"));
  }

  private void create(String name, String description, int priority, TaskQuery query) {
    if (filters.createFilterQuery().filterName(name).count() > 0) {
      return;
    }
    Filter filter = filters.newTaskFilter(name)
        .setOwner("admin")
        .setQuery(query.orderByDueDate().asc())
        .setProperties(Map.of("description", description, "priority", priority, "refresh", true));
    filters.saveFilter(filter);
    Authorization everyone = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
    everyone.setUserId(Authorization.ANY);
    everyone.setResource(Resources.FILTER);
    everyone.setResourceId(filter.getId());
    everyone.addPermission(Permissions.READ);
    authorizations.saveAuthorization(everyone);
  }
}
