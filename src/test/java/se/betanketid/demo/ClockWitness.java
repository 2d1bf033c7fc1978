package se.betanketid.demo;

import jakarta.servlet.Filter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;

/**
 * Watches the engine clock from inside an application: for every engine command (its start and its end) and
 * every HTTP request (on entry and on exit), the thread, the real time and how far the engine clock
 * ({@code ClockUtil}) was from the real time. Registered into an application with {@link #register}; no
 * annotation, so that the shared test context's component scan never finds it.
 */
final class ClockWitness extends AbstractProcessEnginePlugin {

  /** Farther from the real time than this, the clock counts as moved (a command takes far less). */
  static final long MOVED_MILLIS = 60_000;

  /** One observation. */
  record Seen(String what, String thread, long realMillis, long offsetMillis) {
    boolean moved() {
      return Math.abs(offsetMillis) > MOVED_MILLIS;
    }
  }

  final List<Seen> commands = new CopyOnWriteArrayList<>();
  final List<Seen> requests = new CopyOnWriteArrayList<>();

  void register(ConfigurableApplicationContext context) {
    context.getBeanFactory().registerSingleton("clockWitnessPlugin", this);
    FilterRegistrationBean<Filter> filter = new FilterRegistrationBean<>((request, response, chain) -> {
      requests.add(seen("request in"));
      try {
        chain.doFilter(request, response);
      } finally {
        requests.add(seen("request out"));
      }
    });
    filter.setOrder(Ordered.HIGHEST_PRECEDENCE);
    filter.addUrlPatterns("/*");
    context.getBeanFactory().registerSingleton("clockWitnessFilter", filter);
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setCustomPreCommandInterceptorsTxRequired(withWitness(
        configuration.getCustomPreCommandInterceptorsTxRequired()));
    configuration.setCustomPreCommandInterceptorsTxRequiresNew(withWitness(
        configuration.getCustomPreCommandInterceptorsTxRequiresNew()));
  }

  private List<CommandInterceptor> withWitness(List<CommandInterceptor> interceptors) {
    List<CommandInterceptor> all = interceptors == null ? new ArrayList<>() : new ArrayList<>(interceptors);
    all.add(0, new CommandInterceptor() {
      @Override
      public <T> T execute(Command<T> command) {
        String name = command.getClass().getSimpleName();
        commands.add(seen(name + " start"));
        try {
          return next.execute(command);
        } finally {
          commands.add(seen(name + " end"));
        }
      }
    });
    return all;
  }

  private static Seen seen(String what) {
    long real = System.currentTimeMillis();
    return new Seen(what, Thread.currentThread().getName(), real, ClockUtil.getCurrentTime().getTime() - real);
  }
}
