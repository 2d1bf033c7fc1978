package se.betanketid.browser;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Camunda Tasklist 7.24 as a person uses it, in Swedish: log in, start a process, work a task. */
final class Tasklist {

  static final String PATH = "/camunda/app/tasklist/default/";
  private final Browser browser;

  Tasklist(Browser browser) {
    this.browser = browser;
  }

  /** Opens Tasklist and waits for its Swedish login page (reloads once when the first load times out). */
  Tasklist openLoginPage() {
    browser.open(PATH);
    try {
      browser.await(By.cssSelector("input[ng-model='username']"));
    } catch (org.openqa.selenium.TimeoutException slowFirstLoad) {
      browser.driver().navigate().refresh();
      browser.await(By.cssSelector("input[ng-model='username']"));
    }
    return this;
  }

  /**
   * Logs in with the demo password (= user id) and waits for the task view. The login page may still be
   * rendering and empty a field just typed into (seen once on CI): both are typed until both hold the user.
   */
  Tasklist logIn(String user) {
    for (int attempt = 0; attempt < 5 && !loginFilledIn(user); attempt++) {
      clearAndType(browser.await(By.cssSelector("input[ng-model='username']")), user);
      clearAndType(browser.driver().findElement(By.cssSelector("input[ng-model='password']")), user);
    }
    browser.driver().findElement(By.cssSelector("button[type='submit']")).click();
    browser.await(By.xpath("//*[contains(@class,'filters')]//a[starts-with(normalize-space(),'Mina uppgifter')]"));
    return this;
  }

  private boolean loginFilledIn(String user) {
    return user.equals(browser.driver().findElement(By.cssSelector("input[ng-model='username']"))
        .getDomProperty("value")) && user.equals(browser.driver()
        .findElement(By.cssSelector("input[ng-model='password']")).getDomProperty("value"));
  }

  /** Ends the session: the session cookie goes, the page is left and the login page loaded afresh. */
  Tasklist logOut() {
    browser.driver().manage().deleteAllCookies();
    browser.driver().get("about:blank");
    return openLoginPage();
  }

  /** Opens "Starta process", searches the process by name and opens its start form. */
  Tasklist startProcess(String processName) {
    browser.await(By.cssSelector("a.start-process-action, [cam-start-process-action], "
        + "li.start-process-action a")).click();
    WebElement search = browser.await(By.cssSelector(".modal input[ng-model='page.searchValue']"));
    search.sendKeys(processName);
    browser.await(By.xpath("//div[contains(@class,'modal')]//a[normalize-space()='" + processName + "']"))
        .click();
    browser.await(By.cssSelector(".modal .fjs-container, .modal form"));
    return this;
  }

  /** Opens a filter of the left column, e.g. "Gruppens uppgifter". */
  Tasklist openFilter(String filterName) {
    browser.click(By.xpath("//*[contains(@class,'filters')]//a[starts-with(normalize-space(), '"
        + filterName + "')]"));
    return this;
  }

  /** Waits for the task named {@code taskName} in the current filter's list and opens it. */
  Tasklist openTask(String taskName) {
    By task = By.xpath("//*[contains(@class,'tasks-list')]//a[normalize-space()='" + taskName + "']");
    browser.waiting(Duration.ofSeconds(90)).until(driver -> {
      if (driver.findElements(task).isEmpty()) {
        driver.findElement(By.xpath("//*[contains(@class,'filters')]//li[contains(@class,'active')]//a"))
            .click();
        return false;
      }
      return true;
    });
    browser.click(task);
    browser.await(By.xpath("//*[contains(@class,'task-details')]//*[normalize-space()='" + taskName + "']"));
    return this;
  }

  /** Opens a task directly by its id (Tasklist's URL ?task=…). */
  Tasklist openTaskById(String taskId) {
    browser.open(PATH + "#/?task=" + taskId + "&detailsTab=task-detail-form");
    browser.await(By.cssSelector(".task-details"));
    return this;
  }

  /** "Ta uppgift": the logged-in user takes the open task. */
  Tasklist claim() {
    browser.click(browser.await(By.cssSelector("button.claim")));
    browser.await(By.cssSelector("button.unclaim, [ng-click='unclaim()']"));
    return this;
  }

  /** Waits for the Camunda Form of the open task or start dialog. */
  Tasklist awaitForm() {
    browser.await(By.cssSelector(".fjs-container .fjs-form"));
    return this;
  }

  /** Tasklist's own "Slutför" button of the open task. */
  WebElement completeButton() {
    return browser.await(By.cssSelector("button[ng-click='complete()']"));
  }

  /** Tasklist's own "Starta" button of the start dialog. */
  WebElement startButton() {
    return browser.await(By.cssSelector("button[ng-click='startProcessInstance()']"));
  }

  /** Clicks "Slutför" and waits until the task leaves the view; fails with Tasklist's error message if any. */
  Tasklist complete() {
    browser.click(completeButton());
    By error = By.cssSelector(".notifications .alert-danger, .notifications .notification.danger");
    browser.waiting(Duration.ofSeconds(60)).until(driver -> {
      List<WebElement> errors = driver.findElements(error);
      if (!errors.isEmpty()) {
        throw new AssertionError("Tasklist did not complete the task: " + errors.get(0).getText());
      }
      return driver.findElements(By.cssSelector("button[ng-click='complete()']")).stream()
          .noneMatch(WebElement::isDisplayed);
    });
    return this;
  }

  /** Waits for Tasklist's error notification (top right) and answers its text as a person reads it. */
  String awaitErrorNotification() {
    return browser.await(By.cssSelector(".notifications .alert-danger, .notifications .notification.danger"))
        .getText();
  }

  /** Closes Tasklist's notifications (top right) that are still shown. */
  void dismissNotifications() {
    for (WebElement close : browser.all(By.cssSelector(".notifications .close"))) {
      if (close.isDisplayed()) {
        close.click();
      }
    }
    waitUntilGone(By.cssSelector(".notifications .alert"));
  }

  /** Waits for one of Tasklist's notifications (top right) with the given text. */
  void awaitNotification(String text) {
    browser.await(By.xpath("//*[contains(@class,'notifications')]//*[contains(normalize-space(), '"
        + text + "')]"));
  }

  WebElement button(String text) {
    return browser.await(By.xpath("//button[normalize-space()='" + text + "']"));
  }

  void waitUntilGone(By locator) {
    browser.waiting(Duration.ofSeconds(60)).until(ExpectedConditions.invisibilityOfElementLocated(locator));
  }

  List<WebElement> fieldErrors() {
    return browser.all(By.cssSelector(".fjs-form-field-error li"));
  }

  static void clearAndType(WebElement input, String text) {
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
    input.sendKeys(text);
  }
}
