package se.betanketid.benchmark;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * One varied case of a year for the statistics benchmark: who applies, where, the person, children, the path
 * (consent or anonymous consultation, not eligible, the board declining, granted or rejected) and its days. A
 * year's plans come from a fixed seed, so every run generates the same history.
 */
record CasePlan(boolean investigationLeader, String municipality, String sex, List<String> forms, boolean consent,
    boolean eligible, boolean boardApplies, String childCoverage, LocalDate identified, LocalDate applied,
    LocalDate decided, boolean granted, String nextStep, LocalDate nextStepDay) {

  /** Municipalities weighted roughly by population: several times Stockholm, Göteborg and Malmö. */
  static final List<String> MUNICIPALITIES = List.of("0180", "0180", "0180", "1480", "1480", "1280", "1280", "0380",
      "0580", "1880", "2480", "0680", "1980", "0880", "2281", "0114", "0127", "1281", "1490", "2580");
  static final List<String> FORMS = List.of("sexual", "labour", "criminal", "begging", "household", "other");
  static final List<String> NEXT_STEPS = List.of("NATIONAL_SUPPORT_PROGRAMME", "NATIONAL_SUPPORT_PROGRAMME",
      "NATIONAL_SUPPORT_PROGRAMME", "ASYLUM", "ASYLUM", "ASSISTED_RETURN", "NO_FURTHER_ACTION", "UNREACHABLE",
      "PERMIT_SIX_MONTHS");

  static List<CasePlan> year(int year, int count, long seed) {
    Random random = new Random(seed);
    List<CasePlan> plans = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      plans.add(random(year, random));
    }
    return plans;
  }

  private static CasePlan random(int year, Random random) {
    boolean investigationLeader = random.nextInt(100) < 15;
    LocalDate identified = workday(LocalDate.of(year, 1, 2).plusDays(random.nextInt(340)));
    LocalDate applied = investigationLeader ? identified : workday(identified.plusDays(random.nextInt(4)));
    LocalDate decided = workday(applied.plusDays(1 + random.nextInt(21)));
    List<String> forms = new ArrayList<>(List.of(FORMS.get(random.nextInt(3))));
    if (random.nextInt(100) < 20) {
      String second = FORMS.get(random.nextInt(FORMS.size()));
      if (!forms.contains(second)) {
        forms.add(second);
      }
    }
    int children = random.nextInt(100);
    return new CasePlan(investigationLeader, MUNICIPALITIES.get(random.nextInt(MUNICIPALITIES.size())),
        random.nextInt(100) < 70 ? "female" : random.nextInt(100) < 95 ? "male" : "other", forms,
        random.nextInt(100) < 80, investigationLeader || random.nextInt(100) < 92,
        investigationLeader || random.nextInt(100) < 95,
        children < 70 ? null : children < 90 ? "asylum" : "none_known", identified, applied, decided,
        random.nextInt(100) < 85, NEXT_STEPS.get(random.nextInt(NEXT_STEPS.size())),
        workday(decided.plusDays(4 + random.nextInt(22))));
  }

  private static LocalDate workday(LocalDate day) {
    LocalDate workday = day;
    while (workday.getDayOfWeek() == DayOfWeek.SATURDAY || workday.getDayOfWeek() == DayOfWeek.SUNDAY) {
      workday = workday.plusDays(1);
    }
    return workday;
  }

  boolean applies() {
    return eligible && boardApplies;
  }
}
