package se.betanketid.benchmark;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.dao.QueryTimeoutException;
import se.betanketid.CaseFixtures;
import se.betanketid.calendar.EngineTime;

/**
 * The real case: SocialServicesApplicationProcess in Stockholm with the coordinator's consent and one
 * accompanying child without a residence basis, every task completed by the people who do it, to the outcome
 * NATIONAL_SUPPORT_PROGRAMME. {@value #USER_TASKS} user tasks: the child's protection assessment and initial assessment, the
 * coordinator's advice, the board's decision, the application, Migrationsverket's decision, the child's
 * residence basis, the next step, the child investigation.
 */
final class FullCase extends BenchCase {

  static final int USER_TASKS = 9;
  static final String ROUTE = "SocialServicesApplicationProcess";
  static final String PERIOD = "ReflectionPeriodProcess";
  static final String CHILD = "AccompanyingChildProcess";
  static final String SOCIAL_WORKER = "sara";
  static final String SOCIAL_SERVICES = "socialtjanst-0180";
  static final String COORDINATOR = "kim";
  static final String COORDINATORS = "regionkoordinator-stockholm";

  /** Each case a person of her own (the duplicate-start guard refuses the same start twice within minutes). */
  private static final AtomicInteger PERSONS = new AtomicInteger();
  /** Starts that failed on the case number counter's lock timeout and were made again. */
  static final AtomicInteger LOCK_TIMEOUT_RETRIES = new AtomicInteger();

  private String routeId;
  private String caseNumber;
  private String childId;
  private String periodId;

  FullCase(ProcessEngine engine) {
    super(engine);
  }

  @Override
  void open() {
    String today = EngineTime.today().toString();
    as(SOCIAL_WORKER, SOCIAL_SERVICES, () -> {
      step("start the case (start form, case opening, the child's process)", () -> {
        ProcessInstance route = startRoute();
        routeId = route.getId();
        caseNumber = route.getBusinessKey();
      });
      childId = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(CHILD)
          .processInstanceBusinessKey(caseNumber).singleResult().getId();
      step("child: protection assessment", () -> complete(childId, "UserTask_AssessChildProtection",
          values("concernReportDate", today, "protectionAssessmentDate", today, "immediateProtectionNeeded", false,
              "protectionAssessment", "Barnet bor med sin förälder, inga akuta risker.")));
      step("child: initial assessment (investigation opened)", () -> complete(childId,
          "UserTask_MakeInitialAssessment", values("initialAssessmentDate", today,
              "initialAssessmentOutcome", "open_investigation")));
    });
    as(COORDINATOR, COORDINATORS, () -> step("coordinator: advice", () -> complete(routeId,
        "UserTask_AdviseOnApplication", values("coordinatorAdvice", "Ansök i dag; kontakta NSP för boende.",
            "coordinatorRecommendation", "apply"))));
    as(SOCIAL_WORKER, SOCIAL_SERVICES, () -> {
      step("board: decision to apply", () -> complete(routeId, "UserTask_DecideOnApplication",
          values("applicationDecision", "apply", "decisionMadeBy", "Enhetschef enligt delegationsordningen",
              "applicationDecisionDate", today, "applicationGrounds", "Personen har berättat om exploatering.",
              "contactPersonName", "Handläggare", "contactPersonPhone", "08-508 000 00")));
      step("application sent", () -> complete(routeId, "UserTask_SubmitApplication",
          values("applicationDate", today)));
    });
  }

  /**
   * Starts the route as the start form does. A start that waited too long for the case number counter's row
   * lock (another start holds it until it commits) fails and rolls back; the social worker presses the button
   * again: counted in {@link #LOCK_TIMEOUT_RETRIES}.
   */
  private ProcessInstance startRoute() {
    for (int attempt = 1; ; attempt++) {
      try {
        return engine.getRuntimeService().startProcessInstanceByKey(ROUTE, CaseFixtures.socialServicesCase()
            .with("identityDocument", "BENCH-" + PERSONS.incrementAndGet()).withChild("none_known").variables());
      } catch (RuntimeException e) {
        if (!isLockTimeout(e) || attempt == 10) {
          throw e;
        }
        LOCK_TIMEOUT_RETRIES.incrementAndGet();
      }
    }
  }

  static boolean isLockTimeout(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof QueryTimeoutException
          || String.valueOf(cause.getMessage()).contains("Timeout trying to lock")) {
        return true;
      }
    }
    return false;
  }

  /** The job executor has run the asynchronous call of ReflectionPeriodProcess. */
  @Override
  boolean readyToFinish() {
    ProcessInstance period = engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(routeId)
        .processDefinitionKey(PERIOD).singleResult();
    periodId = period == null ? null : period.getId();
    return periodId != null;
  }

  @Override
  void finish() {
    String today = EngineTime.today().toString();
    as(SOCIAL_WORKER, SOCIAL_SERVICES, () -> {
      step("Migrationsverket's decision (granted)", () -> complete(periodId, "UserTask_RegisterDecision",
          values("decisionResult", "granted", "decisionDate", today)));
      step("child: residence basis secured", () -> complete(childId, "UserTask_SecureResidenceBasis",
          values("securedCoverage", "asylum", "securedCoverageDate", today)));
      step("next step planned (outcome)", () -> complete(periodId, "UserTask_PlanNextStep",
          values("nextStep", "NATIONAL_SUPPORT_PROGRAMME", "nextStepReason", "Personen vill ha stöd via NSP.")));
      step("child: investigation completed (case ends)", () -> complete(childId,
          "UserTask_CompleteChildInvestigation", values("childInvestigationCompletedDate", today,
              "childInvestigationOutcome", "support")));
    });
  }

  @Override
  String rootInstanceId() {
    return routeId;
  }

  private static Map<String, Object> values(Object... keysAndValues) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      values.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return values;
  }
}
