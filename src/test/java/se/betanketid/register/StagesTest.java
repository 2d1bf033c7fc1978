package se.betanketid.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import se.betanketid.ProjectFiles;

class StagesTest {

  @Test
  void theTaskFurthestAlongDecidesTheStage() {
    assertThat(Stages.of(List.of("UserTask_AdviseOnApplication", "UserTask_RegisterDecision"),
        List.of("Ge råd om ansökan – BT-2026-00001", "Registrera Migrationsverkets beslut – BT-2026-00001"), false,
        false)).isEqualTo("Väntar på Migrationsverkets beslut");
  }

  @Test
  void withoutOpenTasksTheStateDecides() {
    assertThat(Stages.of(List.of(), List.of(), true, false)).isEqualTo("Avslutat");
    assertThat(Stages.of(List.of(), List.of(), false, true)).isEqualTo("Betänketid pågår");
    assertThat(Stages.of(List.of(), List.of(), false, false)).isEqualTo("Pågår");
  }

  /** A new user task in a process fails here until it has its stage name: a case never shows a raw task name. */
  @Test
  void everyUserTaskOfTheProcessesHasAStage() throws IOException {
    Pattern userTask = Pattern.compile("<bpmn:userTask id=\"(\\w+)\"");
    for (Path file : ProjectFiles.modelFiles(".bpmn")) {
      Matcher found = userTask.matcher(Files.readString(file));
      while (found.find()) {
        assertThat(Stages.rank(found.group(1))).as(file.getFileName() + " " + found.group(1)).isNotNegative();
      }
    }
  }

  @Test
  void anUnknownTaskShowsItsNameWithoutTheCaseNumber() {
    assertThat(Stages.of(List.of("UserTask_New"), List.of("Ny uppgift – BT-2026-00001"), false, false))
        .isEqualTo("Ny uppgift");
  }

  @Test
  void ageBandsAndCodes() {
    LocalDate on = LocalDate.of(2026, 3, 10);
    assertThat(RegisterValues.ageBand(LocalDate.of(2008, 3, 11), on)).isEqualTo("0-17");
    assertThat(RegisterValues.ageBand(LocalDate.of(2008, 3, 10), on)).isEqualTo("18-24");
    assertThat(RegisterValues.ageBand(LocalDate.of(1998, 3, 14), on)).isEqualTo("25-34");
    assertThat(RegisterValues.ageBand(LocalDate.of(1980, 1, 1), on)).isEqualTo("35-49");
    assertThat(RegisterValues.ageBand(LocalDate.of(1970, 1, 1), on)).isEqualTo("50+");
    assertThat(RegisterValues.codes("[\"labour\",\"sexual\"]")).isEqualTo("labour,sexual");
    assertThat(RegisterValues.codes(List.of("sexual"))).isEqualTo("sexual");
    assertThat(RegisterValues.day("2026-03-10")).isEqualTo(on);
  }
}
