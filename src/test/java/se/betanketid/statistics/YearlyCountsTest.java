package se.betanketid.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The yearly counts of cases stored before this version: a decline without a reason counts as "not recorded",
 * and a person with the old codes counts once, under the one category of {@code ExploitationForm.categoryOf}.
 */
class YearlyCountsTest {

  static final LocalDate DAY = LocalDate.of(2019, 5, 6);

  @Test
  void aDeclineDecidedBeforeTheReasonWasAskedCountsAsNotRecorded() {
    YearlyReport year = YearlyStatistics.compute(2019, List.of(declined(null, "NOT_APPLIED"),
        declined("unreachable", "NATIONAL_SUPPORT_PROGRAMME")), List.of(), List.of());

    assertThat(year.declines().total()).isEqualTo(2);
    assertThat(year.declines().byReason()).contains(entry("not_recorded", 1), entry("unreachable", 1),
        entry("person_declined", 0));
    assertThat(year.declines().nationalSupportProgramme()).isEqualTo(1);
  }

  @Test
  void oldCasesCountOncePerPersonAndTheRowsAddUp() {
    YearlyReport year = YearlyStatistics.compute(2019, List.of(granted(List.of("sexual", "labour")),
        granted(List.of("household")), granted(List.of()), granted(List.of("criminal", "criminal"))),
        List.of(), List.of());

    assertThat(year.exploitationForms()).contains(entry("multiple", 1), entry("household", 1),
        entry("not_reported", 1), entry("criminal", 1), entry("sexual", 0), entry("labour", 0));
    assertThat(year.exploitationForms().values().stream().mapToInt(Integer::intValue).sum())
        .isEqualTo(year.granted().total()).isEqualTo(4);
  }

  private static CaseFacts declined(String reason, String outcome) {
    return new CaseFacts("root-" + reason, "BT-2019-00001", "SOCIAL_SERVICES", "0180", "stockholm", false, "female",
        List.of("sexual"), DAY, null, null, null, null, outcome, DAY.plusDays(3), "nsp", "do_not_apply", DAY, reason);
  }

  private static CaseFacts granted(List<String> forms) {
    return new CaseFacts("root-" + forms, "BT-2019-00002", "SOCIAL_SERVICES", "0180", "stockholm", false, "male",
        forms, DAY, DAY, "granted", DAY.plusDays(2), null, null, null, null, "apply", DAY, null);
  }
}
