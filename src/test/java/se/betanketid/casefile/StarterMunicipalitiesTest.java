package se.betanketid.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.betanketid.municipality.MunicipalityRegistry;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/** Which municipalities a social worker may open a case for: her own, and those served by agreement. */
class StarterMunicipalitiesTest {

  @Test
  void aSocialWorkerOpensCasesForTheMunicipalitiesOfHerGroupsOnly() {
    StarterMunicipalities starters = new StarterMunicipalities(Map.of());

    assertThat(starters.of(List.of("socialtjanst-0180"))).containsExactly("0180");
    assertThat(starters.of(List.of("socialtjanst-0180", "socialtjanst-0181", "chef-1480"))).containsExactly("0180",
        "0181");
    assertThat(starters.of(List.of("regionkoordinator-stockholm", "chef-0180"))).isEmpty();
    assertThat(starters.of(null)).isEmpty();
  }

  @Test
  void aMunicipalityThatProvidesSocialServicesForAnotherOpensItsCasesToo() {
    StandardEnvironment environment = new StandardEnvironment();
    environment.getPropertySources().addFirst(new MapPropertySource("test", Map.of(
        StarterMunicipalities.AGREEMENTS + ".0180[0]", "0181",
        StarterMunicipalities.AGREEMENTS + ".0180[1]", "0182",
        StarterMunicipalities.AGREEMENTS + ".1480", "1481, 1482")));
    StarterMunicipalities starters = new StarterMunicipalities(environment);

    assertThat(starters.of(List.of("socialtjanst-0180"))).containsExactly("0180", "0181", "0182");
    assertThat(starters.of(List.of("socialtjanst-1480"))).containsExactly("1480", "1481", "1482");
    assertThat(starters.of(List.of("socialtjanst-0181"))).as("not the other way round").containsExactly("0181");
  }

  /** Both start forms offer the 290 municipalities to choose from, as "Name (code)", not a free-text code. */
  @ParameterizedTest
  @ValueSource(strings = {"social-services-start", "investigation-leader-start"})
  void theStartFormsOfferEveryMunicipalityAsASelect(String formId) throws Exception {
    JsonNode field = municipalityField(new ObjectMapper().readTree(Path.of("forms", formId + ".form").toFile())
        .path("components"));
    MunicipalityRegistry registry = new MunicipalityRegistry();

    assertThat(field.path("type").asText()).isEqualTo("select");
    assertThat(field.path("values")).hasSize(290).allSatisfy(option -> assertThat(option.path("label").asText())
        .isEqualTo(registry.find(option.path("value").asText()).orElseThrow().name() + " ("
            + option.path("value").asText() + ")"));
  }

  private static JsonNode municipalityField(JsonNode components) {
    for (JsonNode component : components) {
      if (CaseVariables.MUNICIPALITY_CODE.equals(component.path("key").asText())) {
        return component;
      }
      JsonNode inner = municipalityField(component.path("components"));
      if (inner != null) {
        return inner;
      }
    }
    return null;
  }

  @Test
  void noAgreementIsConfiguredByDefault() throws Exception {
    StandardEnvironment environment = new StandardEnvironment();
    new YamlPropertySourceLoader().load("application", new ClassPathResource("application.yaml"))
        .forEach(environment.getPropertySources()::addLast);

    assertThat(environment.getPropertySources()).as("application.yaml read").isNotEmpty();
    assertThat(new StarterMunicipalities(environment).of(List.of("socialtjanst-0180"))).containsExactly("0180");
  }
}
