package se.betanketid.demo;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.spring.application.SpringProcessApplication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import se.betanketid.calendar.EngineTime;
import se.betanketid.casefile.CaseProcesses;

/**
 * Demo data for the embedded default: on an empty database, a handful of fictitious cases of the demo users'
 * municipalities (Stockholm 0180, Göteborg 1480) run through the real processes, finished ones in the last three
 * years and running ones now (waiting for advice, an overdue decision, a period ending within days, a child
 * without a residence basis), so that maria and eva see the dashboard with data. Never under the test or prod
 * profiles; off with {@code betanketid.demo-data.enabled=false}.
 *
 * <p>The engine clock ({@code EngineTime.set}) is moved to each step's day, and that clock is JVM-wide: nothing else
 * may run meanwhile. So the cases are made while the application starts, in a lifecycle phase before the web
 * server opens its port (Spring Boot: phase {@code Integer.MAX_VALUE - 2048}) and before the job executor
 * (Camunda's starter: on ApplicationReadyEvent, after every lifecycle). The process application would deploy
 * only after the web server (on ContextRefreshedEvent), so on an empty database it is deployed here first; it
 * then skips its own deployment. DemoCasesSeedingIT shows that no request and no job sees the moved clock.
 */
@Component
@Profile("!test & !prod")
@ConditionalOnProperty(name = "betanketid.demo-data.enabled", havingValue = "true", matchIfMissing = true)
class DemoCases implements SmartLifecycle {

  private static final Logger LOG = LoggerFactory.getLogger(DemoCases.class);
  static final String STOCKHOLM = "0180";
  static final String GOTEBORG = "1480";
  /** Far before the web server's phase (Integer.MAX_VALUE - 2048). */
  static final int PHASE = 0;

  private final HistoryService history;
  private final DemoCaseSteps steps;
  private final SpringProcessApplication processApplication;
  private volatile boolean started;
  private int number;

  DemoCases(HistoryService history, DemoCaseSteps steps, SpringProcessApplication processApplication) {
    this.history = history;
    this.steps = steps;
    this.processApplication = processApplication;
  }

  @Override
  public int getPhase() {
    return PHASE;
  }

  @Override
  public void start() {
    started = true;
    if (history.createHistoricProcessInstanceQuery().processDefinitionKeyIn(CaseProcesses.ROUTES.toArray(String[]::new))
        .count() > 0) {
      return;
    }
    try {
      processApplication.afterPropertiesSet(); // deploys now, with its PostDeployEvent (demo users, filters)
    } catch (Exception failed) {
      throw new IllegalStateException("The process application could not be deployed", failed);
    }
    seed();
  }

  @Override
  public void stop() {
    started = false;
  }

  @Override
  public boolean isRunning() {
    return started;
  }

  private void seed() {
    LocalDate today = EngineTime.today();
    try {
      for (int yearsAgo = 3; yearsAgo >= 1; yearsAgo--) {
        finishedYear(today.getYear() - yearsAgo, yearsAgo == 1);
      }
      running(today);
      LOG.info("Demo data: {} fictitious cases created", number);
    } catch (RuntimeException failed) {
      LOG.warn("Demo data could not be created completely: {}", failed.toString());
    } finally {
      EngineTime.reset();
    }
  }

  private void finishedYear(int year, boolean withRejection) {
    ProcessInstance first = steps.socialServices(LocalDate.of(year, 3, 6), ++number, STOCKHOLM, "female", true,
        List.of());
    steps.adviseAndApply(first, LocalDate.of(year, 3, 7));
    steps.decide(first, LocalDate.of(year, 3, 9), true);
    steps.planNextStep(first, LocalDate.of(year, 3, 30), "NATIONAL_SUPPORT_PROGRAMME");

    ProcessInstance second = steps.investigationLeader(LocalDate.of(year, 5, 14), ++number, STOCKHOLM, "male");
    steps.decide(second, LocalDate.of(year, 5, 17), true);
    steps.planNextStep(second, LocalDate.of(year, 6, 5), "ASYLUM");

    ProcessInstance third = steps.investigationLeader(LocalDate.of(year, 9, 10), ++number, GOTEBORG, "female");
    steps.decide(third, LocalDate.of(year, 9, 16), true);
    steps.planNextStep(third, LocalDate.of(year, 10, 1), "NO_FURTHER_ACTION");

    if (withRejection) {
      ProcessInstance rejected = steps.socialServices(LocalDate.of(year, 10, 20), ++number, STOCKHOLM, "male",
          false, List.of());
      steps.adviseAndApply(rejected, LocalDate.of(year, 10, 21));
      steps.decide(rejected, LocalDate.of(year, 10, 24), false);
    }
  }

  private void running(LocalDate today) {
    ProcessInstance finished = steps.investigationLeader(today.minusDays(60), ++number, STOCKHOLM, "female");
    steps.decide(finished, today.minusDays(58), true);
    steps.planNextStep(finished, today.minusDays(40), "NATIONAL_SUPPORT_PROGRAMME");

    ProcessInstance ending = steps.investigationLeader(today.minusDays(26), ++number, STOCKHOLM, "male");
    steps.decide(ending, today.minusDays(25), true);

    ProcessInstance awaitingDecision = steps.socialServices(today.minusDays(12), ++number, STOCKHOLM, "female",
        true, List.of());
    steps.adviseAndApply(awaitingDecision, today.minusDays(11));

    steps.socialServices(today.minusDays(6), ++number, STOCKHOLM, "female", false, List.of("none_known"));
    steps.socialServices(today, ++number, STOCKHOLM, "female", false, List.of());
    steps.socialServices(today.minusDays(1), ++number, GOTEBORG, "male", false, List.of("eu_right"));
  }
}
