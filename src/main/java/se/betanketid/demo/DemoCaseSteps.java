package se.betanketid.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;
import se.betanketid.calendar.EngineTime;
import se.betanketid.casefile.ApplicantType;

/**
 * The demo data's cases day by day: fictitious persons, and each step on its own day (the engine clock, never
 * past the real time); the steps themselves are {@link CaseSteps}.
 */
@Component
class DemoCaseSteps {

  private final CaseSteps steps;

  DemoCaseSteps(ProcessEngine engine) {
    this.steps = new CaseSteps(engine);
  }

  /** A social services' case opened on the day; with consent, so the coordinator's advice comes first. */
  ProcessInstance socialServices(LocalDate day, int number, String municipality, String sex, boolean referred,
      List<String> children) {
    at(day);
    return steps.start(ApplicantType.SOCIAL_SERVICES, person(day, number, municipality, sex, children)
        .putValue("presumedVictim", true).putValue("coordinatorConsent", true)
        .putValue("referredByCoordinator", referred));
  }

  void adviseAndApply(ProcessInstance route, LocalDate day) {
    steps.advise(route, true);
    at(day);
    steps.apply(route, day);
  }

  /** An investigation leader's application, sent on the day; the support offer and notice done. */
  ProcessInstance investigationLeader(LocalDate day, int number, String municipality, String sex) {
    at(day);
    ProcessInstance route = steps.start(ApplicantType.INVESTIGATION_LEADER,
        person(day.minusDays(1), number, municipality, sex, List.of())
            .putValue("investigationReference", "5000-K" + (100_000 + number) + "-" + (day.getYear() % 100))
            .putValue("suspectedCrime", "Människohandel"));
    steps.offerSupportAndAcknowledge(route, day);
    return route;
  }

  void decide(ProcessInstance route, LocalDate day, boolean granted) {
    at(day);
    steps.decide(route, day, granted ? CaseSteps.GRANTED : CaseSteps.REJECTED, "not_presumed_victim");
  }

  void planNextStep(ProcessInstance route, LocalDate day, String nextStep) {
    at(day);
    steps.planNextStep(route, nextStep);
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

  /**
   * Moves the engine clock to 10:00 of {@code day}, but never past the real time: today's demo tasks are
   * created now, not at 10:00 later today (Tasklist said "Skapad om 5 timmar" before 10:00).
   */
  static void at(LocalDate day) {
    EngineTime.set(Date.from(moment(day, java.time.Instant.now())));
  }

  /** 10:00 of {@code day} in Swedish time, or {@code realNow} if that is earlier. */
  static java.time.Instant moment(LocalDate day, java.time.Instant realNow) {
    java.time.Instant tenOClock = day.atTime(LocalTime.of(10, 0)).atZone(EngineTime.SWEDEN).toInstant();
    return tenOClock.isAfter(realNow) ? realNow : tenOClock;
  }
}
