package se.betanketid.engine;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;

/** The engine's command that is running now, for code that runs inside it (delegates, listeners, rules). */
public final class Commands {

  private Commands() {}

  /** Whether this thread runs inside an engine command. */
  public static boolean inCommand() {
    return Context.getCommandContext() != null;
  }

  /**
   * Runs the call without the current user's authorization checks inside the running command (the engine's own
   * work on the user's behalf, e.g. granting a case or correlating a message to its children); outside a command
   * it simply runs the call.
   */
  public static <T> T withoutAuthorization(Callable<T> call) {
    CommandContext context = Context.getCommandContext();
    if (context != null) {
      return context.runWithoutAuthorization(call);
    }
    try {
      return call.call();
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new ProcessEngineException(e.getMessage(), e);
    }
  }

  /** {@link #withoutAuthorization(Callable)} for work without a result. */
  public static void withoutAuthorization(Runnable work) {
    withoutAuthorization(() -> {
      work.run();
      return null;
    });
  }

  /** Who the engine's identity service says is working (none: the engine itself, e.g. a job). */
  public record User(String id, List<String> groups) {}

  public static Optional<User> currentUser(ProcessEngineServices engine) {
    Authentication user = engine.getIdentityService().getCurrentAuthentication();
    return user == null ? Optional.empty()
        : Optional.of(new User(user.getUserId(), user.getGroupIds() == null ? List.of() : user.getGroupIds()));
  }

  /** The execution's process key (not from the definition id: an id over 64 characters is a bare generated id). */
  public static String processKey(DelegateExecution execution) {
    return ((ExecutionEntity) execution).getProcessDefinition().getKey();
  }
}
