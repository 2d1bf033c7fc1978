package se.betanketid.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
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

  @Test
  void noAgreementIsConfiguredByDefault() throws Exception {
    StandardEnvironment environment = new StandardEnvironment();
    new YamlPropertySourceLoader().load("application", new ClassPathResource("application.yaml"))
        .forEach(environment.getPropertySources()::addLast);

    assertThat(environment.getPropertySources()).as("application.yaml read").isNotEmpty();
    assertThat(new StarterMunicipalities(environment).of(List.of("socialtjanst-0180"))).containsExactly("0180");
  }
}
