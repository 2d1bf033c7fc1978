package se.betanketid.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;
import se.betanketid.calendar.EngineTime;
import se.betanketid.casefile.ApplicantType;

/**
 * The steps people take in a case, for the demo data: start a route from its start form, give advice, apply,
 * register Migrationsverket's decision, plan the next step. Each on its own day (the engine clock).
 */
@Component
class DemoCaseSteps {

  private final RuntimeService runtime;
  private final TaskService tasks;
  private final ManagementService management;

  DemoCaseSteps(RuntimeService runtime, TaskService tasks, ManagementService management) {
    this.runtime = runtime;
    this.tasks = tasks;
    this.management = management;
  }

  /** A social services' case opened on the day; with consent, so the coordinator's advice comes first. */
  ProcessInstance socialServices(LocalDate day, int number, String municipality, String sex, boolean referred,
      List<String> children) {
    at(day);
    VariableMap start = person(day, number, municipality, sex, children)
        .putValue("presumedVictim", true).putValue("coordinatorConsent", true)
        .putValue("referredByCoordinator", referred);
    return runtime.startProcessInstanceByKey(ApplicantType.SOCIAL_SERVICES.processKey(), start);
  }

  void adviseAndApply(ProcessInstance route, LocalDate day) {
    complete(route, "UserTask_AdviseOnApplication", Map.of("coordinatorAdvice", "Ansök om betänketid i dag.",
        "coordinatorRecommendation", "apply"));
    at(day);
    complete(route, "UserTask_DecideOnApplication", Map.of("applicationDecision", "apply",
        "decisionMadeBy", "Enhetschef enligt delegationsordningen", "applicationDecisionDate", day.toString(),
        "applicationGrounds", "Personen har berättat om exploatering.", "contactPersonName", "Socialsekreterare",
        "contactPersonPhone", "08-508 000 00"));
    complete(route, "UserTask_SubmitApplication", Map.of("applicationDate", day.toString()));
    for (Job job : management.createJobQuery().processInstanceId(route.getId()).messages().list()) {
      management.executeJob(job.getId());
    }
  }

  /** An investigation leader's application, sent on the day; the support offer and notice done. */
  ProcessInstance investigationLeader(LocalDate day, int number, String municipality, String sex) {
    at(day);
    VariableMap start = person(day.minusDays(1), number, municipality, sex, List.of())
        .putValue("investigationReference", "5000-K" + (100_000 + number) + "-" + (day.getYear() % 100))
        .putValue("suspectedCrime", "Människohandel");
    ProcessInstance route = runtime.startProcessInstanceByKey(ApplicantType.INVESTIGATION_LEADER.processKey(), start);
    complete(route, "UserTask_OfferSupport", Map.of("supportOfferedDate", day.toString(),
        "supportTypes", SpinValues.jsonValue("[\"housing\",\"healthcare\"]").create(), "supportResponse", "accepted"));
    complete(route, "UserTask_AcknowledgeCase", Map.of());
    return route;
  }

  void decide(ProcessInstance route, LocalDate day, boolean granted) {
    at(day);
    ProcessInstance period = period(route);
    VariableMap decision = Variables.createVariables().putValue("decisionResult", granted ? "granted" : "rejected")
        .putValue("decisionDate", day.toString());
    if (!granted) {
      decision.putValue("rejectionReasonCode", "not_presumed_victim")
          .putValue("rejectionReason", "Det saknades stöd för att personen är offer för människohandel.");
    }
    complete(period, "UserTask_RegisterDecision", decision);
    if (!granted) {
      complete(period, "UserTask_RecordAlternative", Map.of("alternative", "nsp"));
    }
  }

  void planNextStep(ProcessInstance route, LocalDate day, String nextStep) {
    at(day);
    complete(period(route), "UserTask_PlanNextStep", Map.of("nextStep", nextStep,
        "nextStepReason", "Planerat tillsammans med personen och tolk."));
  }

  private ProcessInstance period(ProcessInstance route) {
    return runtime.createProcessInstanceQuery().superProcessInstanceId(route.getId())
        .processDefinitionKey(HistoryNames.REFLECTION_PERIOD_PROCESS).singleResult();
  }

  /** A fictitious person: the demo must hold no real one. */
  private static VariableMap person(LocalDate identified, int number, String municipality, String sex,
      List<String> children) {
    StringBuilder json = new StringBuilder("[");
    for (int i = 0; i < children.size(); i++) {
      json.append(i == 0 ? "" : ",").append("{\"childName\":\"Demobarn ").append(number).append('-').append(i + 1)
          .append("\",\"childBirthDate\":\"2019-05-0").append(i + 1).append("\",\"childCitizenship\":\"Rumänien\",")
          .append("\"childCoverage\":\"").append(children.get(i)).append("\"}");
    }
    return Variables.createVariables().putValue("personName", "Demoperson " + number)
        .putValue("personBirthDate", "199" + number % 10 + "-04-1" + number % 10).putValue("personSex", sex)
        .putValue("personCitizenship", "Rumänien").putValue("language", "rumänska")
        .putValue("interpreterNeeded", true).putValue("protectedIdentity", false)
        .putValue("exploitationForms", SpinValues.jsonValue(number % 3 == 0 ? "[\"labour\"]"
            : number % 3 == 1 ? "[\"sexual\"]" : "[\"sexual\",\"criminal\"]").create())
        .putValue("residencePermit", "none").putValue("inSweden", true)
        .putValue("identificationDate", identified.toString()).putValue("municipalityCode", municipality)
        .putValue("children", SpinValues.jsonValue(json.append(']').toString()).create());
  }

  private void complete(ProcessInstance instance, String taskKey, Map<String, Object> values) {
    Task task = tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(taskKey)
        .singleResult();
    if (task == null) {
      throw new IllegalStateException("Demo data: no task " + taskKey);
    }
    tasks.complete(task.getId(), values);
  }

  /**
   * Moves the engine clock to 10:00 of {@code day}, but never past the real time: today's demo tasks are
   * created now, not at 10:00 later today (Tasklist said "Skapad om 5 timmar" before 10:00).
   */
  static void at(LocalDate day) {
    ClockUtil.setCurrentTime(Date.from(moment(day, java.time.Instant.now())));
  }

  /** 10:00 of {@code day} in Swedish time, or {@code realNow} if that is earlier. */
  static java.time.Instant moment(LocalDate day, java.time.Instant realNow) {
    java.time.Instant tenOClock = day.atTime(LocalTime.of(10, 0)).atZone(EngineTime.SWEDEN).toInstant();
    return tenOClock.isAfter(realNow) ? realNow : tenOClock;
  }
}
