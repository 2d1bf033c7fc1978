package se.betanketid.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import se.betanketid.ProjectFiles;

/** Deadline tokens of form texts become the configured numbers, in Swedish, singular or plural. */
class DeadlineTextsTest {

  @Test
  void theDefaultsAreTold() {
    DeadlineTexts texts = new DeadlineTexts(new Deadlines());
    assertThat(texts.fill("inom [[adviceWorkingDays]], sedan [[applicationWorkingDays]]"))
        .isEqualTo("inom 1 arbetsdag, sedan 2 arbetsdagar");
    assertThat(texts.fill("[[initialAssessmentDays]] och [[childInvestigationMonths]], [[nextStepDueDaysBefore]] före"))
        .isEqualTo("14 dagar och 4 månader, 7 dagar före");
  }

  @Test
  void aChangedConfigurationChangesTheText() {
    Deadlines changed = new Deadlines();
    changed.setAdviceWorkingDays(3);
    changed.setApplicationWorkingDays(1);
    changed.setChildInvestigationMonths(1);
    changed.setChildBasisEscalationDaysBefore(1);
    DeadlineTexts texts = new DeadlineTexts(changed);
    assertThat(texts.fill("[[adviceWorkingDays]]|[[applicationWorkingDays]]|[[childInvestigationMonths]]|"
        + "[[childBasisEscalationDaysBefore]]")).isEqualTo("3 arbetsdagar|1 arbetsdag|1 månad|1 dag");
  }

  @Test
  void aTokenThatNamesNoDeadlineIsRefused() {
    DeadlineTexts texts = new DeadlineTexts(new Deadlines());
    assertThatThrownBy(() -> texts.fill("inom [[adviceWorkingDay]]")).hasMessageContaining("adviceWorkingDay");
  }

  @Test
  void everyTokenInTheFormsNamesADeadline() {
    DeadlineTexts texts = new DeadlineTexts(new Deadlines());
    int tokens = 0;
    for (Path form : ProjectFiles.modelFiles(".form")) {
      String text = read(form);
      Matcher matcher = DeadlineTexts.TOKEN.matcher(text);
      while (matcher.find()) {
        tokens++;
        assertThat(texts.words(matcher.group(1))).as("%s: %s", form, matcher.group()).isNotBlank();
      }
      assertThat(texts.fill(text)).as("%s", form).doesNotContain("[[");
    }
    assertThat(tokens).as("the forms tell their deadlines through tokens").isGreaterThanOrEqualTo(10);
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
