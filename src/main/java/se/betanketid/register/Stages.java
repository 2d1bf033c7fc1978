package se.betanketid.register;

import java.util.List;
import java.util.Map;

/**
 * The stage of a case or a child in words a social worker recognises, derived from its open user tasks: the task
 * furthest along in the case's life decides. Without an open task: "Avslutat" when closed, else the state.
 */
final class Stages {

  static final String CLOSED = "Avslutat";
  static final String IN_PERIOD = "Betänketid pågår";
  static final String WAITING = "Pågår";

  /** Task key to stage, in the order of a case's life (later wins). */
  private static final List<Map.Entry<String, String>> ORDER = List.of(
      Map.entry("UserTask_AcknowledgeCase", "Nytt ärende"),
      Map.entry("UserTask_OfferSupport", "Stöd erbjuds"),
      Map.entry("UserTask_RecordAnonymousConsultation", "Anonym konsultation"),
      Map.entry("UserTask_AdviseOnApplication", "Råd från regionkoordinator"),
      Map.entry("UserTask_GoOnWithoutAdvice", "Råd från regionkoordinator"),
      Map.entry("UserTask_DecideOnApplication", "Beslut om ansökan"),
      Map.entry("UserTask_SubmitApplication", "Ansökan skickas till Migrationsverket"),
      Map.entry("UserTask_RegisterDecision", "Väntar på Migrationsverkets beslut"),
      Map.entry("UserTask_RecordAlternative", "Annat stöd registreras"),
      Map.entry("UserTask_RecordNspSupport", "Stöd från NSP registreras"),
      Map.entry("UserTask_PlanNextStep", "Nästa steg planeras"),
      Map.entry("UserTask_RecordLongerPeriod", "Längre betänketid"),
      Map.entry("UserTask_ArrangeAssistedReturn", "Återvändande via ÅMP"),
      Map.entry("UserTask_RecordPermit", "Uppehållstillstånd söks"),
      Map.entry("UserTask_ConsiderPermitRenewal", "Förlängning av uppehållstillstånd"),
      Map.entry("UserTask_RecordOutcome", "Utfall registreras"),
      Map.entry("UserTask_AssessChildProtection", "Skyddsbedömning"),
      Map.entry("UserTask_MakeInitialAssessment", "Förhandsbedömning"),
      Map.entry("UserTask_OpenChildsOwnApplication", "Barnets egen ansökan öppnas"),
      Map.entry("UserTask_SecureResidenceBasis", "Uppehållsgrund säkras"),
      Map.entry("UserTask_CompleteChildInvestigation", "Barnutredning"));

  private Stages() {}

  /** The stage of these open tasks (keys and names, parallel lists), or of the state when there are none. */
  static String of(List<String> taskKeys, List<String> taskNames, boolean closed, boolean periodRunning) {
    if (closed) {
      return CLOSED;
    }
    int best = -1;
    String unknown = null;
    for (int i = 0; i < taskKeys.size(); i++) {
      int rank = rank(taskKeys.get(i));
      if (rank > best) {
        best = rank;
      } else if (rank < 0 && unknown == null) {
        unknown = withoutCaseNumber(taskNames.get(i));
      }
    }
    if (best >= 0) {
      return ORDER.get(best).getValue();
    }
    if (unknown != null) {
      return unknown;
    }
    return periodRunning ? IN_PERIOD : WAITING;
  }

  static int rank(String taskKey) {
    for (int i = 0; i < ORDER.size(); i++) {
      if (ORDER.get(i).getKey().equals(taskKey)) {
        return i;
      }
    }
    return -1;
  }

  /** A task's name without its " – BT-2026-00042" tail. */
  static String withoutCaseNumber(String name) {
    if (name == null) {
      return WAITING;
    }
    int dash = name.lastIndexOf(" – ");
    return dash > 0 ? name.substring(0, dash) : name;
  }

  /** Every stage a case or a child can show (for the case list's filter). */
  static List<String> all() {
    List<String> all = new java.util.ArrayList<>(ORDER.stream().map(Map.Entry::getValue).toList());
    all.addAll(List.of(IN_PERIOD, WAITING, CLOSED));
    return all;
  }
}
