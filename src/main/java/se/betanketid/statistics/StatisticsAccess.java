package se.betanketid.statistics;

import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import se.betanketid.calendar.EngineTime;
import se.betanketid.identity.Role;
import se.betanketid.municipality.Municipality;
import se.betanketid.municipality.MunicipalityRegistry;
import se.betanketid.system.Caller;

/**
 * Who may see which figures: a manager ({@code chef-<code>}) only their own municipality, the national
 * coordination everything but as counts only; everyone else nothing.
 */
@Component
public class StatisticsAccess {

  static final int FIRST_YEAR = 2000;

  private final MunicipalityRegistry municipalities;

  StatisticsAccess(MunicipalityRegistry municipalities) {
    this.municipalities = municipalities;
  }

  /** The scope of the caller's request, or AccessRefused (403 not theirs, 400 unknown municipality/region). */
  public StatisticsScope scopeOf(Caller caller, String region, String municipality) {
    String regionFilter = blankToNull(region);
    String municipalityFilter = blankToNull(municipality);
    boolean national = caller.hasRole(Role.NATIONAL_COORDINATION);
    Set<String> own = caller.scopesOf(Role.MANAGER);
    if (!national && own.isEmpty()) {
      throw AccessRefused.forbidden("Statistiken är till för chefer och den nationella samordningen.");
    }
    if (regionFilter != null && municipalities.all().stream().noneMatch(m -> m.policeRegion().equals(regionFilter))) {
      throw AccessRefused.badRequest("Okänd polisregion: ange t.ex. stockholm, vast eller syd.");
    }
    if (municipalityFilter != null && municipalities.find(municipalityFilter).isEmpty()) {
      throw AccessRefused.badRequest("Okänd kommunkod: ange kommunkoden med fyra siffror, t.ex. 0180.");
    }
    if (national) {
      return new StatisticsScope(municipalityFilter == null ? Set.of() : Set.of(municipalityFilter), regionFilter,
          true);
    }
    if (municipalityFilter != null && !own.contains(municipalityFilter)) {
      throw AccessRefused.forbidden("Du kan bara se statistik för din egen kommun.");
    }
    Set<String> scope = municipalityFilter != null ? Set.of(municipalityFilter) : own;
    if (regionFilter != null) {
      scope = scope.stream().filter(code -> regionFilter.equals(municipalities.regionOf(code)))
          .collect(Collectors.toUnmodifiableSet());
      if (scope.isEmpty()) {
        throw AccessRefused.forbidden("Du kan bara se statistik för din egen kommun.");
      }
    }
    return new StatisticsScope(scope, regionFilter, false);
  }

  /** A readable name of the scope: the municipality's name, the region or "hela landet". */
  public String describe(StatisticsScope scope) {
    String where = scope.municipalities().isEmpty() ? "Hela landet"
        : scope.municipalities().stream().sorted().map(code -> municipalities.find(code)
            .map(Municipality::name).orElse(code)).collect(Collectors.joining(", "));
    return scope.region() == null ? where : where + ", polisregion " + scope.region();
  }

  /** The caller, or 401 when nobody is logged in. */
  public static Caller required(Caller caller) {
    if (caller == null) {
      throw new AccessRefused(HttpStatus.UNAUTHORIZED, "Logga in för att fortsätta.");
    }
    return caller;
  }

  /** The year asked for (this year when absent); 400 for anything but a year from 2000 to next year. */
  public static int year(String text) {
    int thisYear = EngineTime.today().getYear();
    if (text == null || text.isBlank()) {
      return thisYear;
    }
    try {
      int year = Integer.parseInt(text.trim());
      if (year >= FIRST_YEAR && year <= thisYear + 1) {
        return year;
      }
    } catch (NumberFormatException notANumber) {
      // answered below
    }
    throw AccessRefused.badRequest("Ange ett år mellan " + FIRST_YEAR + " och " + (thisYear + 1) + ".");
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
