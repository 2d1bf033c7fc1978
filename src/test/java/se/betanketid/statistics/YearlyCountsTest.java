package se.betanketid.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The yearly counts of cases stored before this version: a decline without a reason counts as "not recorded",
 * and a person with the old codes counts once, under the one category of {@code ExploitationForm.categoryOf}.
 */
class YearlyCountsTest {

  @Test
  void aDeclineDecidedBeforeTheReasonWasAskedCountsAsNotRecorded() {
    YearlyReport year = YearlyStatistics.compute(2019, cases(declined(null, "NOT_APPLIED"),
        declined("unreachable", "NATIONAL_SUPPORT_PROGRAMME")));

    assertThat(year.declines().total()).isEqualTo(2);
    assertThat(year.declines().byReason()).contains(entry("not_recorded", 1), entry("unreachable", 1),
        entry("person_declined", 0));
    assertThat(year.declines().nationalSupportProgramme()).isEqualTo(1);
  }

  @Test
  void oldCasesCountOncePerPersonAndTheRowsAddUp() {
    YearlyReport year = YearlyStatistics.compute(2019, cases(granted(List.of("sexual", "labour")),
        granted(List.of("household")), granted(List.of()), granted(List.of("criminal", "criminal"))));

    assertThat(year.exploitationForms()).contains(entry("multiple", 1), entry("household", 1),
        entry("not_reported", 1), entry("criminal", 1), entry("sexual", 0), entry("labour", 0));
    assertThat(year.exploitationForms().values().stream().mapToInt(Integer::intValue).sum())
        .isEqualTo(year.granted().total()).isEqualTo(4);
  }

  @Test
  void aRejectionRegisteredBeforeTheGroundWasAskedCountsAsNotRecorded() {
    YearlyReport year = YearlyStatistics.compute(2019, cases(rejected(null), rejected("not_in_sweden"),
        rejected("words of a decision")));

    assertThat(year.rejections().total()).isEqualTo(3);
    assertThat(year.rejections().byReason()).containsExactly(entry("has_residence_permit", 0),
        entry("not_in_sweden", 1), entry("not_presumed_victim", 0), entry("other", 0), entry("not_recorded", 2));
  }

  private static FactYears.Facts cases(FactYears.Fact... cases) {
    return new FactYears.Facts(List.of(cases), List.of(), List.of(), List.of(), List.of());
  }

  private static FactYears.Fact rejected(String reason) {
    return new FactYears.Fact(2019, 2019, 2019, null, "0180", "stockholm", "SOCIAL_SERVICES",
        false, "male", List.of("sexual"), "rejected", "apply", null, "REJECTED", reason);
  }

  private static FactYears.Fact declined(String reason, String outcome) {
    return new FactYears.Fact(null, null, 2019, 2019, "0180", "stockholm", "SOCIAL_SERVICES",
        false, "female", List.of("sexual"), null, "do_not_apply", reason, outcome, null);
  }

  private static FactYears.Fact granted(List<String> forms) {
    return new FactYears.Fact(2019, 2019, null, 2019, "0180", "stockholm", "SOCIAL_SERVICES",
        false, "male", forms, "granted", "apply", null, null, null);
  }
}
