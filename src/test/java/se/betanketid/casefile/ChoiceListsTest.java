package se.betanketid.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.betanketid.ProjectFiles;

/**
 * The lists the statistics count by are the same in every form that shows them: the forms of exploitation
 * ({@link ExploitationForm}, the report's Tabell 1) and the reasons not to apply ({@link DeclineReason}).
 */
class ChoiceListsTest {

  private final ObjectMapper json = new ObjectMapper();

  @Test
  void everyFormShowsTheReportsFormsOfExploitationWithTheSameLabels() throws IOException {
    Map<String, String> expected = new LinkedHashMap<>();
    Arrays.stream(ExploitationForm.values()).forEach(form -> expected.put(form.code(), form.label()));

    List<Path> forms = formsWith("exploitationForms");

    assertThat(forms).extracting(ProjectFiles::baseName)
        .contains("social-services-start", "investigation-leader-start", "advise-on-application");
    for (Path form : forms) {
      assertThat(options(form, "exploitationForms")).as(form.toString()).containsExactlyEntriesOf(expected);
    }
  }

  @Test
  void theDecisionFormOffersExactlyTheReasonsNotToApply() throws IOException {
    Map<String, String> expected = new LinkedHashMap<>();
    Arrays.stream(DeclineReason.values()).forEach(reason -> expected.put(reason.code(), reason.label()));

    List<Path> forms = formsWith("declineReason");

    assertThat(forms).extracting(ProjectFiles::baseName).containsExactly("decide-on-application");
    assertThat(options(forms.get(0), "declineReason")).containsExactlyEntriesOf(expected);
  }

  @Test
  void theDecisionFormOffersExactlyTheGroundsOfARejection() throws IOException {
    Map<String, String> expected = new LinkedHashMap<>();
    Arrays.stream(se.betanketid.reflectionperiod.RejectionReason.values())
        .forEach(reason -> expected.put(reason.code(), reason.label()));

    List<Path> forms = formsWith("rejectionReasonCode");

    assertThat(forms).extracting(ProjectFiles::baseName).containsExactly("register-decision");
    assertThat(options(forms.get(0), "rejectionReasonCode")).containsExactlyEntriesOf(expected);
  }

  private List<Path> formsWith(String key) throws IOException {
    List<Path> found = new ArrayList<>();
    for (Path form : ProjectFiles.modelFiles(".form")) {
      if (!options(form, key).isEmpty()) {
        found.add(form);
      }
    }
    return found;
  }

  private Map<String, String> options(Path form, String key) throws IOException {
    Map<String, String> options = new LinkedHashMap<>();
    collect(json.readTree(Files.readString(form)).path("components"), key, options);
    return options;
  }

  private static void collect(JsonNode components, String key, Map<String, String> options) {
    for (JsonNode component : components) {
      if (key.equals(component.path("key").asText())) {
        component.path("values").forEach(option -> options.put(option.path("value").asText(),
            option.path("label").asText()));
      }
      collect(component.path("components"), key, options);
    }
  }
}
