package se.betanketid.identity;

import java.util.Arrays;
import java.util.Optional;

/** The roles of process-model.md, recognised by the prefix of a group id (e.g. socialtjanst-0180). */
public enum Role {
  ADMIN("camunda-admin"),
  SOCIAL_WORKER("socialtjanst-"),
  REGIONAL_COORDINATOR("regionkoordinator-"),
  INVESTIGATION_LEADER("forundersokningsledare-"),
  MANAGER("chef-"),
  NATIONAL_COORDINATION("nationell-samordning"),
  /** A system account that delivers Migrationsverket's decisions (message DecisionReceived). */
  DECISION_INTEGRATION("integration-migrationsverket");

  /** The administrators' group. */
  public static final String ADMIN_GROUP = "camunda-admin";

  private final String groupPrefix;

  Role(String groupPrefix) {
    this.groupPrefix = groupPrefix;
  }

  public static Optional<Role> ofGroup(String groupId) {
    return Arrays.stream(values()).filter(role -> groupId.startsWith(role.groupPrefix)).findFirst();
  }

  public static String socialServicesGroup(String municipalityCode) {
    return SOCIAL_WORKER.groupPrefix + municipalityCode;
  }

  public static String coordinatorGroup(String policeRegion) {
    return REGIONAL_COORDINATOR.groupPrefix + policeRegion;
  }

  public static String managerGroup(String municipalityCode) {
    return MANAGER.groupPrefix + municipalityCode;
  }

  /** The investigation leaders of a police region (forundersokningsledare-stockholm): they see its cases only. */
  public static String investigationLeaderGroup(String policeRegion) {
    return INVESTIGATION_LEADER.groupPrefix + policeRegion;
  }

  /** The municipality code or region in a group id such as chef-0180, or empty for national groups. */
  public String scopeOf(String groupId) {
    return groupId.startsWith(groupPrefix) ? groupId.substring(groupPrefix.length()) : "";
  }
}
