package se.betanketid.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rule of docs/statistics.md, "Children": on arrival, and of those without a basis then, what became of them. */
class ChildFactsTest {

  @ParameterizedTest(name = "arrival={0}, now covered={1} basis={2}, secured={3}")
  @CsvSource(nullValues = "null", value = {
      // coveredOnArrival, covered, coverageBasis, securedCoverage -> uncoveredOnArrival, secured, left, still
      "true,  true,  asylum,      null,        false, false, false, false",
      "false, false, none,        null,        true,  false, false, true",
      "false, true,  asylum,      asylum,      true,  true,  false, false",
      "false, false, left_sweden, left_sweden, true,  false, true,  false",
      // history from before coveredOnArrival was recorded: the securing task's answer tells
      "null,  true,  asylum,      null,        false, false, false, false",
      "null,  true,  asylum,      asylum,      true,  true,  false, false",
      "null,  false, none,        null,        true,  false, false, true",
      "null,  false, left_sweden, left_sweden, true,  false, true,  false"})
  void arrivalAndWhatBecameOfTheChild(Boolean coveredOnArrival, Boolean covered, String basis, String secured,
      boolean uncoveredOnArrival, boolean basisSecured, boolean leftSweden, boolean stillUncovered) {
    ChildFacts child = new ChildFacts("root", "0180", "stockholm", LocalDate.of(2026, 3, 2), true, covered, basis,
        null, coveredOnArrival, secured);

    assertThat(child.uncoveredOnArrival()).isEqualTo(uncoveredOnArrival);
    assertThat(child.basisSecured()).isEqualTo(basisSecured);
    assertThat(child.leftSweden()).isEqualTo(leftSweden);
    assertThat(child.stillUncovered()).isEqualTo(stillUncovered);
  }

  @Test
  void theThreeOutcomesOfTheUncoveredAddUp() {
    ChildFacts child = new ChildFacts("root", "0180", "stockholm", LocalDate.of(2026, 3, 2), false, true, "asylum",
        false, false, "asylum");

    assertThat(java.util.stream.Stream.of(child.basisSecured(), child.leftSweden(), child.stillUncovered())
        .filter(Boolean::booleanValue).count()).isEqualTo(1);
  }
}
