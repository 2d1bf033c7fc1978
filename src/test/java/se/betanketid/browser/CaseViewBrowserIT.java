package se.betanketid.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Cases, not only tasks, in the browser: sara starts a case from the start form and is told its number, opens
 * its page, finds it in "Mina ärenden" (from Tasklist's header), goes from the case page back into a task in
 * Tasklist; maria goes from the dashboard into the case. axe-core finds no serious or critical violation on the
 * case list, the case page and the dashboard. Screenshots: target/screenshots/cases-*.
 */
@ExtendWith(RunningApp.class)
class CaseViewBrowserIT {

  private final String personName = "Testa Ärendesdotter " + UUID.randomUUID().toString().substring(0, 6);

  @Test
  void saraFollowsHerCaseFromTheStartFormToItsPageAndBackIntoATaskAndMariaFromTheDashboard() throws Exception {
    Browser browser = new Browser(RunningApp.baseUrl());
    try {
      Tasklist tasklist = new Tasklist(browser).openLoginPage();
      tasklist.logIn("sara");
      assertThat(browser.await(By.id("bt-cases-link")).getText()).isEqualTo("Mina ärenden");
      browser.screenshot("cases-00-tasklist-header-sara");
      // one link, in the row of Tasklist's own header items: the header keeps its single row
      assertThat(browser.all(By.id("bt-cases-link"))).hasSize(1);
      Object rows = browser.script("const header = document.querySelector('[cam-widget-header]');"
          + " const start = document.querySelector('li.start-process-action a');"
          + " const ours = document.getElementById('bt-cases-link');"
          + " return [Math.round(header.getBoundingClientRect().height),"
          + " Math.round(Math.abs(ours.getBoundingClientRect().top - start.getBoundingClientRect().top))];");
      assertThat(rows.toString()).as("[header height, our link's distance from 'Starta process']")
          .matches("\\[(4\\d|5\\d), ([0-9]|1[0-9])\\]");
      String caseNumber = startCase(browser, tasklist);

      browser.click(By.xpath("//div[@id='bt-case-started']//a[normalize-space()='Visa ärendet']"));
      browser.await(By.xpath("//h1[normalize-space()='Ärende " + caseNumber + "']"));
      browser.await(By.xpath("//table[@id='children']//td[normalize-space()='Barn 1']"));
      assertThat(browser.text()).contains("Saknar uppehållsgrund", "Ärendet öppnades", "Råd från regionkoordinator")
          .doesNotContain(personName);
      browser.screenshot("cases-02-case-page-sara");
      assertThat(Axe.seriousViolations(browser)).as("axe-core on the case page").isEmpty();

      browser.click(By.xpath("//nav//a[normalize-space()='Mina ärenden']"));
      WebElement listed = browser.await(By.xpath("//table[@id='cases']//a[normalize-space()='" + caseNumber + "']"));
      assertThat(browser.text()).contains("Råd från regionkoordinator").doesNotContain(personName);
      browser.screenshot("cases-03-case-list-sara");
      assertThat(Axe.seriousViolations(browser)).as("axe-core on the case list").isEmpty();

      browser.click(listed);
      WebElement open = browser.await(By.xpath("//table[@id='tasks']//a[normalize-space()='Öppna i Tasklist']"));
      browser.click(open);
      tasklist.awaitForm();
      assertThat(browser.text()).contains(caseNumber);
      browser.screenshot("cases-04-back-in-a-task-sara");

      tasklist.logOut().logIn("maria");
      browser.open("/dashboard");
      By link = By.xpath("//table[@id='children-items']//a[normalize-space()='" + caseNumber + "']");
      browser.await(link);
      browser.screenshot("cases-05-dashboard-maria");
      assertThat(Axe.seriousViolations(browser)).as("axe-core on the dashboard").isEmpty();
      browser.click(link);
      browser.await(By.xpath("//h1[normalize-space()='Ärende " + caseNumber + "']"));
      browser.await(By.xpath("//table[@id='timeline']//td[normalize-space()='Ärendet öppnades']"));
      browser.screenshot("cases-06-case-page-maria");
    } catch (RuntimeException | AssertionError failure) {
      browser.screenshot("cases-failed");
      throw failure;
    } finally {
      browser.close();
    }
  }

  private String startCase(Browser browser, Tasklist tasklist) {
    tasklist.startProcess(CaseWalkBrowserIT.PROCESS_NAME).awaitForm();
    FormJs form = CaseWalkBrowserIT.fillPerson(browser, personName);
    CaseWalkBrowserIT.addChild(form, "Barnet Ärendesson 1", LocalDate.of(2019, 7, 2), "Ingen känd uppehållsgrund");
    form.submitWithFormButton("Starta ärendet");
    WebElement started = browser.await(By.id("bt-case-started"));
    String text = started.getText();
    assertThat(text).matches("(?s)Ärendet BT-\\d{4}-\\d{5} har startats\\..*");
    browser.screenshot("cases-01-case-started-sara");
    return text.substring("Ärendet ".length(), "Ärendet ".length() + "BT-0000-00000".length());
  }
}
