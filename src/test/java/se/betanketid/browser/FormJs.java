package se.betanketid.browser;

import java.time.LocalDate;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * A Camunda Form (form-js) rendered by Tasklist, used the way a person does: fields found by their visible
 * label, values typed, clicked or picked. Scoped to the whole page or to one row of a dynamic list.
 */
final class FormJs {

  private static final String FIND_FIELD = """
      const scope = arguments[0] || document, label = arguments[1];
      for (const field of scope.querySelectorAll('.fjs-form-field')) {
        const own = field.querySelector('label.fjs-form-field-label');
        if (own && own.textContent.replace('*', '').trim() === label) { return field; }
      }
      return null;""";

  private final Browser browser;
  private final WebElement scope;

  FormJs(Browser browser) {
    this(browser, null);
  }

  private FormJs(Browser browser, WebElement scope) {
    this.browser = browser;
    this.scope = scope;
  }

  /** The form-js field (div.fjs-form-field) whose label reads {@code label} (without the * marker). */
  WebElement field(String label) {
    return browser.waiting(java.time.Duration.ofSeconds(30)).until(driver -> {
      Object found = browser.script(FIND_FIELD, scope, label);
      return found instanceof WebElement element && element.isDisplayed() ? element : null;
    });
  }

  boolean hasVisibleField(String label) {
    Object found = browser.script(FIND_FIELD, scope, label);
    return found instanceof WebElement element && element.isDisplayed();
  }

  FormJs type(String label, String text) {
    WebElement input = field(label).findElement(By.cssSelector("input.fjs-input, textarea"));
    click(input);
    Tasklist.clearAndType(input, text);
    return this;
  }

  /** Types the day as a person in Sweden writes it, ÅÅÅÅ-MM-DD (our date fields are textfields). */
  FormJs date(String label, LocalDate day) {
    return typeDate(label, day.toString());
  }

  /** Types {@code text} into the date field and leaves it (Tab), as a person does; form-js then validates. */
  FormJs typeDate(String label, String text) {
    WebElement input = field(label).findElement(By.cssSelector("input.fjs-input"));
    click(input);
    Tasklist.clearAndType(input, text);
    input.sendKeys(Keys.TAB);
    return this;
  }

  /** What the date field shows. */
  String shown(String label) {
    return field(label).findElement(By.cssSelector("input.fjs-input")).getDomProperty("value");
  }

  /** The error messages form-js shows under the field labelled {@code label}. */
  List<String> errors(String label) {
    return field(label).findElements(By.cssSelector(".fjs-form-field-error li")).stream()
        .filter(WebElement::isDisplayed).map(WebElement::getText).toList();
  }

  /**
   * Fills every shown, required and still empty field with some value its form accepts (the first option, a
   * text that matches its pattern), as a hurried person would: for tests of one field that need the form to
   * pass its own checks. Values that a server rule may refuse are fine there.
   */
  void fillRequiredFields() {
    for (WebElement field : browser.all(By.cssSelector(".fjs-form-field"))) {
      try {
        fillIfRequiredAndEmpty(field);
      } catch (org.openqa.selenium.StaleElementReferenceException rendered) {
        // form-js rendered the field anew (a condition changed): the next pass fills it
      }
    }
  }

  private void fillIfRequiredAndEmpty(WebElement field) {
    if (!field.isDisplayed() || !field.findElements(By.cssSelector(".fjs-form-field")).isEmpty()
        || field.findElements(By.cssSelector("label .fjs-asterix")).isEmpty()) {
      return;
    }
    List<WebElement> choices = field.findElements(By.cssSelector("input[type='radio'], input[type='checkbox']"));
    if (!choices.isEmpty()) {
      if (choices.stream().noneMatch(WebElement::isSelected)) {
        click(choices.get(0));
      }
      return;
    }
    List<WebElement> select = field.findElements(By.cssSelector(".fjs-select-display"));
    if (!select.isEmpty()) {
      if (List.of("", "Välj", "Select").contains(select.get(0).getText().trim())) {
        List<WebElement> search = field.findElements(By.cssSelector(".fjs-input-group input")).stream()
            .filter(WebElement::isDisplayed).toList();
        click(search.isEmpty() ? field.findElement(By.cssSelector(".fjs-input-group")) : search.get(0));
        if (!search.isEmpty()) { // a searchable select: type, then take the first match with the keyboard
          search.get(0).sendKeys("Stockholm");
          search.get(0).sendKeys(Keys.ARROW_DOWN);
          search.get(0).sendKeys(Keys.ENTER);
          return;
        }
        click(browser.waiting(java.time.Duration.ofSeconds(15)).until(driver -> field
            .findElements(By.cssSelector(".fjs-dropdownlist-item")).stream().filter(WebElement::isDisplayed)
            .findFirst().orElse(null)));
      }
      return;
    }
    List<WebElement> inputs = field.findElements(By.cssSelector("input.fjs-input, textarea"));
    if (inputs.isEmpty() || !inputs.get(0).isEnabled() || !inputs.get(0).getDomProperty("value").isEmpty()) {
      return;
    }
    WebElement input = inputs.get(0);
    List<String> candidates = "number".equals(input.getDomProperty("type")) ? List.of("1")
        : List.of("x", "1480", "08-123 456 78", "a@b.se");
    for (String candidate : candidates) {
      click(input);
      Tasklist.clearAndType(input, candidate);
      input.sendKeys(Keys.TAB);
      if (field.findElements(By.cssSelector(".fjs-form-field-error li")).isEmpty()) {
        break;
      }
    }
  }

  /** Selects the radio button or checklist entry labelled {@code option} inside the field. */
  FormJs choose(String label, String option) {
    WebElement field = field(label);
    String inputId = field.findElement(By.xpath(".//label[normalize-space()='" + option + "']"))
        .getAttribute("for");
    By input = By.id(inputId);
    browser.waiting(java.time.Duration.ofSeconds(15)).until(driver -> {
      WebElement radio = driver.findElement(input);
      if (!radio.isSelected()) {
        click(radio);
      }
      return driver.findElement(input).isSelected();
    });
    return this;
  }

  /** Ticks (or unticks) the checkbox labelled {@code label}. */
  FormJs tick(String label) {
    click(field(label).findElement(By.cssSelector("input[type='checkbox']")));
    return this;
  }

  /** Picks {@code option} in the select (dropdown) or radio group labelled {@code label}. */
  FormJs select(String label, String option) {
    WebElement field = field(label);
    if (field.findElements(By.cssSelector(".fjs-select-display")).isEmpty()) {
      return choose(label, option);
    }
    click(field.findElement(By.cssSelector(".fjs-input-group")));
    click(field.findElement(By.xpath(".//*[contains(@class,'fjs-dropdownlist-item')][normalize-space()='"
        + option + "']")));
    return this;
  }

  /** Adds a row to the dynamic list labelled {@code label} and returns a form scoped to that row. */
  FormJs addRow(String label) {
    WebElement list = field(label);
    int before = rows(list).size();
    click(list.findElement(By.cssSelector("button.fjs-repeat-render-add")));
    browser.waiting(java.time.Duration.ofSeconds(10)).until(driver -> rows(list).size() > before);
    return new FormJs(browser, rows(list).get(before));
  }

  private static List<WebElement> rows(WebElement list) {
    return list.findElements(By.cssSelector(".fjs-repeat-row-container"));
  }

  /** The form's own submit button (form-js "button" component with action submit). */
  void submitWithFormButton(String text) {
    click(browser.await(By.xpath("//button[contains(@class,'fjs-button')][normalize-space()='" + text + "']")));
  }

  /** The error messages form-js shows under the fields. */
  List<String> errors() {
    return browser.all(By.cssSelector(".fjs-form-field-error li")).stream()
        .filter(WebElement::isDisplayed).map(WebElement::getText).toList();
  }

  private void click(WebElement element) {
    browser.click(element);
  }
}
