package se.betanketid.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The checks every form of forms/ must pass in Tasklist: rendered without an error, every label of the
 * form shown, a * on every required field, no English text of form-js left, and Swedish messages for a
 * missing required field. One browser, logged in as whoever the current form needs.
 */
final class FormPage {

  static final Path FORMS = Path.of("forms");
  /** The messages form-js shows, as our scripts/form-js-sv.js puts them into Swedish. */
  private static final Pattern SWEDISH_MESSAGE = Pattern.compile(
      "Fältet måste fyllas i\\.|Fältet har fel format\\.|Värdet måste vara .*|Värdet får vara .*|"
          + "Fältet (måste|får) ha .* tecken\\.|Ange en giltig .*|Både datum och tid måste anges\\.|"
          + "Fältet \".+\" är inte ett giltigt datum: skriv det som ÅÅÅÅ-MM-DD, till exempel 2026-06-05\\.");
  private static final List<String> FORM_JS_ENGLISH = List.of("Field is required", "Add new", "Select",
      "mm/dd/yyyy", "mm/dd/åååå", "Remove list item", "No results", "Field must");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Browser browser;
  private final Tasklist tasklist;
  private String user;

  FormPage(Browser browser) {
    this.browser = browser;
    this.tasklist = new Tasklist(browser);
  }

  Browser browser() {
    return browser;
  }

  Tasklist tasklist() {
    return tasklist;
  }

  /** Logs {@code user} in unless already logged in, and drops the console messages so far. */
  FormPage as(String wanted) {
    if (!wanted.equals(user)) {
      if (user == null) {
        tasklist.openLoginPage();
      } else {
        tasklist.logOut();
      }
      tasklist.logIn(wanted);
      user = wanted;
    }
    tasklist.dismissNotifications();
    browser.severeConsoleMessages();
    return this;
  }

  static Set<String> formIds() throws IOException {
    Set<String> ids = new TreeSet<>();
    try (var files = Files.list(FORMS)) {
      files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".form"))
          .forEach(n -> ids.add(n.substring(0, n.length() - ".form".length())));
    }
    return ids;
  }

  static boolean isSwedishMessage(String message) {
    return SWEDISH_MESSAGE.matcher(message).matches();
  }

  void checkRendersInSwedish(String formId) throws IOException {
    JsonNode form = JSON.readTree(FORMS.resolve(formId + ".form").toFile());
    FormJs fields = new FormJs(browser);
    for (JsonNode component : components(form.get("components"), new ArrayList<>())) {
      String label = label(component);
      if (label == null || component.has("conditional")) {
        continue;
      }
      WebElement field = fields.field(label);
      boolean required = component.path("validate").path("required").asBoolean(false);
      List<WebElement> asterisk = field.findElements(By.cssSelector("label.fjs-form-field-label .fjs-asterix"));
      assertThat(!asterisk.isEmpty() && "*".equals(asterisk.get(0).getText()))
          .as("%s: field \"%s\" %s a required marker", formId, label, required ? "shows" : "does not show")
          .isEqualTo(required);
    }
    assertThat(browser.all(By.cssSelector(".fjs-form-field-error li"))).as("%s: errors before any input", formId)
        .isEmpty();
    assertThat(browser.all(By.cssSelector(".notifications .alert-danger"))).as("%s: Tasklist error", formId)
        .isEmpty();
    String shown = (String) browser.script("""
        const form = document.querySelector('.fjs-container');
        const attributes = [...form.querySelectorAll('[placeholder],[aria-label]')]
            .map(e => (e.getAttribute('placeholder') || '') + ' ' + (e.getAttribute('aria-label') || ''));
        return form.innerText + '\\n' + attributes.join('\\n');""");
    for (String english : FORM_JS_ENGLISH) {
      assertThat(shown).as("%s: English text of form-js", formId).doesNotContain(english);
    }
    assertThat(browser.severeConsoleMessages()).as("%s: console errors", formId).isEmpty();
  }

  /** Is some required field (marked *) shown empty, so that submitting cannot succeed? */
  boolean hasEmptyRequiredField() {
    return (Boolean) browser.script("""
        return [...document.querySelectorAll('.fjs-form-field')].some(field => {
          if (!field.querySelector(':scope > label .fjs-asterix, :scope label.fjs-form-field-label .fjs-asterix')
              || field.offsetParent === null) { return false; }
          const inputs = [...field.querySelectorAll('input:not([type=hidden]), textarea')];
          const choices = inputs.filter(i => i.type === 'radio' || i.type === 'checkbox');
          if (choices.length) { return !choices.some(i => i.checked); }
          return inputs.some(i => !i.disabled && !i.readOnly && i.value === '');
        });""");
  }

  /** Submits as it is (fields empty) and returns the messages form-js then shows. */
  List<String> submitEmpty(Runnable submit) {
    submit.run();
    browser.waiting(Duration.ofSeconds(20)).until(driver -> !new FormJs(browser).errors().isEmpty());
    return new FormJs(browser).errors();
  }

  private static List<JsonNode> components(JsonNode list, List<JsonNode> into) {
    for (JsonNode component : list) {
      into.add(component);
      if (component.has("components") && !"dynamiclist".equals(component.path("type").asText())) {
        components(component.get("components"), into);
      }
    }
    return into;
  }

  private static String label(JsonNode component) {
    String text = component.path("label").asText(component.path("dateLabel").asText(""));
    String type = component.path("type").asText();
    return text.isBlank() || Set.of("text", "button", "spacer", "separator").contains(type) ? null : text;
  }
}
