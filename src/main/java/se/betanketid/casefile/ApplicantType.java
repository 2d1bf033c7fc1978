package se.betanketid.casefile;

import java.util.Arrays;
import java.util.Optional;

/** Who applies to Migrationsverket, by the route's process key. */
public enum ApplicantType {
  SOCIAL_SERVICES(CaseProcesses.SOCIAL_SERVICES_APPLICATION),
  INVESTIGATION_LEADER(CaseProcesses.INVESTIGATION_LEADER_APPLICATION);

  private final String processKey;

  ApplicantType(String processKey) {
    this.processKey = processKey;
  }

  public String processKey() {
    return processKey;
  }

  public static Optional<ApplicantType> ofProcess(String processKey) {
    return Arrays.stream(values()).filter(type -> type.processKey.equals(processKey)).findFirst();
  }
}
