package se.betanketid.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Issue 16, point 9, as people meet it in the browser: Tasklist says its page is Swedish, the demo tasks were
 * created in the past, the dashboard shows each role what it may see (a manager no police-region filter; a
 * social worker a Swedish page, not JSON; the national coordination reaches it from the welcome app's login),
 * and an error leaves no old figures under it. Screenshots: target/screenshots/small-*.
 */
@ExtendWith(RunningApp.class)
class SmallThingsBrowserIT {

  private static Browser browser;

  @BeforeAll
  static void openBrowser() throws Exception {
    browser = new Browser(RunningApp.baseUrl());
  }

  @AfterAll
  static void closeBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void tasklistSaysItsPageIsSwedishAndTheDemoTasksWereCreatedInThePast() {
    Tasklist tasklist = new Tasklist(browser).openLoginPage();
    tasklist.logIn("sara").openFilter("Gruppens uppgifter");
    browser.await(By.cssSelector(".tasks-list li"));
    browser.screenshot("small-tasklist-sara");
    assertThat(browser.script("return document.documentElement.lang;")).isEqualTo("sv");
    assertThat(browser.text()).as("a task created in the future").doesNotContain("Skapad om")
        .contains("Skapad");

    JsonNode tasks = RunningApp.rest("admin").get("/engine-rest/task?maxResults=1000").json();
    Instant now = Instant.now();
    assertThat(tasks).isNotEmpty();
    for (JsonNode task : tasks) {
      assertThat(java.time.OffsetDateTime.parse(task.get("created").asText(),
          java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ")).toInstant())
          .as("task %s created", task.get("name").asText()).isBeforeOrEqualTo(now);
    }
    tasklist.logOut();
  }

  @Test
  void aManagerSeesNoPoliceRegionFilter() {
    new Tasklist(browser).openLoginPage().logIn("maria");
    browser.open("/dashboard");
    browser.await(By.xpath("//h1[normalize-space()='Betänketid – översikt']"));
    browser.await(By.xpath("//*[@id='scope'][contains(., 'Stockholm')]"));
    browser.screenshot("small-dashboard-maria");
    assertThat(browser.driver().findElement(By.id("region-filter")).isDisplayed()).isFalse();
    assertThat(browser.driver().findElement(By.id("case-lists")).isDisplayed()).isTrue();
    new Tasklist(browser).logOut();
  }

  @Test
  void aSocialWorkerOpeningTheDashboardGetsASwedishPageNotJson() {
    new Tasklist(browser).openLoginPage().logIn("sara");
    browser.open("/dashboard");
    WebElement refused = browser.await(By.id("refused"));
    browser.screenshot("small-dashboard-sara-refused");
    assertThat(browser.text()).contains("Översikten är inte till för dig")
        .contains("Statistiken är till för chefer och den nationella samordningen.").doesNotContain("{\"");
    assertThat(refused.isDisplayed()).isTrue();
    assertThat(browser.script("return document.documentElement.lang;")).isEqualTo("sv");
    browser.click(By.linkText("Till Tasklist"));
    browser.await(By.xpath("//*[contains(@class,'filters')]//a[starts-with(normalize-space(),'Mina uppgifter')]"));
    new Tasklist(browser).logOut();
  }

  /**
   * eva (nationell-samordning) may use no Camunda app. /dashboard without a session sends her to the welcome
   * app's login, which everyone may use; it links to the dashboard, where she sees counts and the region filter.
   * A refused filter value then shows the Swedish error alone, without the figures of before.
   */
  @Test
  void theNationalCoordinationLogsInThroughTheWelcomeAppAndAnErrorHidesTheOldFigures() throws Exception {
    Browser fresh = new Browser(RunningApp.baseUrl()); // no cookie of another user's session
    try {
      nationalCoordinationWalk(fresh);
    } catch (RuntimeException | AssertionError failure) {
      fresh.screenshot("small-eva-failed");
      throw new AssertionError("at " + fresh.driver().getCurrentUrl() + ": " + failure.getMessage(), failure);
    } finally {
      fresh.close();
    }
  }

  private static void nationalCoordinationWalk(Browser browser) {
    browser.open("/dashboard");
    WebElement user = browser.await(By.cssSelector("input[ng-model='username']"));
    assertThat(browser.driver().getCurrentUrl()).contains("/camunda/app/welcome/");
    browser.screenshot("small-welcome-login");
    Tasklist.clearAndType(user, "eva");
    Tasklist.clearAndType(browser.driver().findElement(By.cssSelector("input[ng-model='password']")), "eva");
    browser.driver().findElement(By.cssSelector("button[type='submit']")).click();
    WebElement link = browser.await(By.xpath("//a[normalize-space()='Översikt för chefer']"));
    assertThat(browser.script("return document.documentElement.lang;")).isEqualTo("sv");
    browser.screenshot("small-welcome-eva");
    browser.click(link);

    browser.await(By.xpath("//*[@id='scope'][contains(., 'Hela landet')]"));
    assertThat(browser.driver().findElement(By.id("region-filter")).isDisplayed()).isTrue();
    assertThat(browser.driver().findElement(By.id("counts-only")).isDisplayed()).isTrue();
    browser.screenshot("small-dashboard-eva");

    browser.script("""
        const select = document.getElementById('region');
        const option = document.createElement('option');
        option.value = 'atlantis'; option.textContent = 'Atlantis';
        select.appendChild(option); select.value = 'atlantis';
        select.dispatchEvent(new Event('change'));""");
    WebElement error = browser.await(By.id("error"));
    browser.screenshot("small-dashboard-eva-error");
    assertThat(error.getText()).isNotBlank();
    assertThat(browser.all(By.cssSelector("main > section")).stream().noneMatch(WebElement::isDisplayed))
        .as("no figures under the error").isTrue();
  }
}
