package se.betanketid.municipality;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;

/**
 * The 290 municipalities of SCB's list, with their county and police region. The region follows from the
 * county (counties.csv), the county from the first two digits of the municipality code.
 */
@Service("municipalities")
public class MunicipalityRegistry {

  private final Map<String, Municipality> byCode;

  public MunicipalityRegistry() {
    Map<String, String[]> counties = new LinkedHashMap<>();
    for (String[] row : read("municipality/counties.csv")) {
      counties.put(row[0], row);
    }
    Map<String, Municipality> municipalities = new LinkedHashMap<>();
    for (String[] row : read("municipality/municipalities.csv")) {
      String[] county = counties.get(row[0].substring(0, 2));
      if (county == null) {
        throw new IllegalStateException("Municipality " + row[0] + " has no county in counties.csv");
      }
      municipalities.put(row[0], new Municipality(row[0], row[1], county[0], county[1], county[2]));
    }
    this.byCode = Map.copyOf(municipalities);
  }

  public Optional<Municipality> find(String code) {
    return Optional.ofNullable(code).map(byCode::get);
  }

  /** The police region of a municipality, e.g. "stockholm" for 0180. */
  public String regionOf(String code) {
    return find(code).map(Municipality::policeRegion)
        .orElseThrow(() -> new IllegalArgumentException("Okänd kommunkod: " + code));
  }

  public Collection<Municipality> all() {
    return byCode.values();
  }

  private static List<String[]> read(String path) {
    try (BufferedReader reader = new BufferedReader(
        new InputStreamReader(new ClassPathResource(path).getInputStream(), StandardCharsets.UTF_8))) {
      return reader.lines().skip(1).filter(line -> !line.isBlank()).map(line -> line.split(";")).toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + path, e);
    }
  }
}
