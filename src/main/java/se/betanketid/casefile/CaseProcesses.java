package se.betanketid.casefile;

import java.util.Set;

/**
 * The keys of the processes whose instances make up a case: written once here (casefile is below every process's
 * package, so each process's constants class and every reader import them from here).
 */
public final class CaseProcesses {

  /** {@code bpmn/SocialServicesApplicationProcess.bpmn}: the social services' route. */
  public static final String SOCIAL_SERVICES_APPLICATION = "SocialServicesApplicationProcess";
  /** {@code bpmn/InvestigationLeaderApplicationProcess.bpmn}: the investigation leader's route. */
  public static final String INVESTIGATION_LEADER_APPLICATION = "InvestigationLeaderApplicationProcess";
  /** {@code bpmn/ReflectionPeriodProcess.bpmn}: called by both routes. */
  public static final String REFLECTION_PERIOD = "ReflectionPeriodProcess";
  /** {@code bpmn/AccompanyingChildProcess.bpmn}: one instance per accompanying child. */
  public static final String ACCOMPANYING_CHILD = "AccompanyingChildProcess";

  /** The call activity of a route that starts one AccompanyingChildProcess per child (the same id in both routes). */
  public static final String CHILDREN_CALL_ACTIVITY = "CallActivity_AccompanyingChildren";

  /** The two routes a case is opened on. */
  public static final Set<String> ROUTES = Set.of(SOCIAL_SERVICES_APPLICATION, INVESTIGATION_LEADER_APPLICATION);

  private CaseProcesses() {}
}
