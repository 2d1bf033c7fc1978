package se.betanketid.municipality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** SCB's 290 municipalities, their county and police region. */
class MunicipalityRegistryTest {

  private final MunicipalityRegistry municipalities = new MunicipalityRegistry();

  @Test
  void holdsAll290MunicipalitiesWithUniqueFourDigitCodes() {
    assertThat(municipalities.all()).hasSize(290);
    assertThat(municipalities.all()).allSatisfy(m -> {
      assertThat(m.code()).matches("\\d{4}");
      assertThat(m.code()).startsWith(m.countyCode());
      assertThat(m.name()).isNotBlank();
    });
  }

  @Test
  void coversAll21CountiesAndAllSevenPoliceRegions() {
    assertThat(municipalities.all().stream().map(Municipality::countyCode).collect(Collectors.toSet())).hasSize(21);
    assertThat(municipalities.all().stream().map(Municipality::policeRegion).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder("nord", "mitt", "bergslagen", "stockholm", "ost", "vast", "syd");
  }

  @ParameterizedTest
  @CsvSource({
      "0180, Stockholm, stockholm",
      "1480, Göteborg, vast",
      "2480, Umeå, nord",
      "1280, Malmö, syd",
      "0580, Linköping, ost",
      "1880, Örebro, bergslagen",
      "0380, Uppsala, mitt",
      "2281, Sundsvall, nord",   // Västernorrland belongs to region Nord
      "0980, Gotland, stockholm",
      "2080, Falun, bergslagen",
      "2180, Gävle, mitt"})
  void knowsTheRegionOfAMunicipality(String code, String name, String region) {
    assertThat(municipalities.regionOf(code)).isEqualTo(region);
    assertThat(municipalities.find(code)).hasValueSatisfying(m -> assertThat(m.name()).isEqualTo(name));
  }

  @ParameterizedTest
  @ValueSource(strings = {"9999", "0100", "180", "abcd", ""})
  @NullSource
  void unknownCodeIsAnError(String code) {
    assertThat(municipalities.find(code)).isEmpty();
    assertThatThrownBy(() -> municipalities.regionOf(code))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Okänd kommunkod");
  }
}
