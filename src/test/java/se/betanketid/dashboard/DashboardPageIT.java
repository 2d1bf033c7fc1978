package se.betanketid.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import se.betanketid.ProcessTestCase;

/**
 * /dashboard as a browser asks for it (Accept text/html): without a session, the welcome page's login (which
 * everyone may use, the national coordination included); logged in without the right to figures, a Swedish
 * page (403), never raw JSON. API clients keep their JSON and the Basic challenge (StatisticsAccessIT).
 */
class DashboardPageIT extends ProcessTestCase {

  private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

  @Test
  void aBrowserWithoutASessionIsSentToTheWelcomeLogin() throws Exception {
    HttpResponse<String> answer = page(null);
    assertThat(answer.statusCode()).isEqualTo(302);
    assertThat(answer.headers().firstValue("Location")).hasValueSatisfying(
        location -> assertThat(location).endsWith("/camunda/app/welcome/default/"));
  }

  @Test
  void aSocialWorkerGetsASwedishPageNotJson() throws Exception {
    for (String user : new String[] {"sara", "kim", "alex", "admin"}) {
      HttpResponse<String> answer = page(user);
      assertThat(answer.statusCode()).as(user).isEqualTo(403);
      assertThat(answer.headers().firstValue("Content-Type")).as(user)
          .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
      assertThat(answer.body()).as(user).contains("<html lang=\"sv\">", "Översikten är inte till för dig",
          "Statistiken är till för chefer och den nationella samordningen.", "/camunda/app/tasklist/")
          .doesNotContain("\"status\"");
    }
  }

  @Test
  void managersAndTheNationalCoordinationGetTheDashboard() throws Exception {
    for (String user : new String[] {"maria", "eva"}) {
      HttpResponse<String> answer = page(user);
      assertThat(answer.statusCode()).as(user).isEqualTo(200);
      assertThat(answer.body()).as(user).contains("Just nu");
    }
  }

  private HttpResponse<String> page(String user) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/dashboard"))
        .header("Accept", BROWSER_ACCEPT).GET();
    if (user != null) {
      request.header("Authorization", "Basic " + Base64.getEncoder()
          .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
    }
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
