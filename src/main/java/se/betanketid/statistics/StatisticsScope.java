package se.betanketid.statistics;

import java.util.Set;

/**
 * Whose cases a figure covers: some municipalities (a manager's own) or all, optionally one police region.
 * {@code national} marks the national coordination's view: counts only, small counts shown as "&lt;5".
 */
public record StatisticsScope(Set<String> municipalities, String region, boolean national) {

  public static StatisticsScope everything() {
    return new StatisticsScope(Set.of(), null, false);
  }

  public static StatisticsScope municipality(String code) {
    return new StatisticsScope(Set.of(code), null, false);
  }

  public boolean includes(String municipalityCode, String policeRegion) {
    return (municipalities.isEmpty() || municipalities.contains(municipalityCode))
        && (region == null || region.equals(policeRegion));
  }
}
