package se.betanketid.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import se.betanketid.ProcessTestCase;
import se.betanketid.RestCalls.Answer;

/** Who may read the statistics and the dashboard: managers their municipality, the national coordination counts. */
class StatisticsAccessIT extends ProcessTestCase {

  static final String STATISTICS = "/api/statistics?year=2023";

  @Test
  void withoutCredentialsEverythingAnswers401WithABasicChallenge() throws Exception {
    for (String path : new String[] {STATISTICS, "/api/statistics.csv?year=2023", "/api/dashboard/overview",
        "/api/dashboard/trend", "/dashboard", "/dashboard/index.html"}) {
      HttpResponse<String> answer = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(answer.statusCode()).as(path).isEqualTo(401);
      assertThat(answer.headers().firstValue("WWW-Authenticate")).as(path).hasValueSatisfying(
          challenge -> assertThat(challenge).startsWith("Basic"));
    }
    assertThat(rest("nobody").get(STATISTICS).status()).isEqualTo(401);
  }

  @Test
  void onlyManagersAndTheNationalCoordinationMayRead() {
    for (String user : new String[] {"sara", "kim", "alex", "admin"}) {
      assertThat(rest(user).get(STATISTICS).status()).as(user).isEqualTo(403);
      assertThat(rest(user).get("/api/dashboard/overview").status()).as(user).isEqualTo(403);
      assertThat(rest(user).get("/dashboard").status()).as(user).isEqualTo(403);
    }
    Answer refused = rest("sara").get(STATISTICS);
    assertThat(refused.json().get("message").asText()).contains("chefer");
  }

  @Test
  void aManagerSeesOnlyTheirMunicipality() {
    Answer own = rest("maria").get(STATISTICS);
    assertThat(own.status()).isEqualTo(200);
    assertThat(own.json().get("scope").get("municipalities").toString()).isEqualTo("[\"0180\"]");
    assertThat(own.json().get("countsOnly").asBoolean()).isFalse();
    assertThat(own.json().get("figures").get("rejections").has("byReason")).isTrue();

    assertThat(rest("maria").get(STATISTICS + "&municipality=0180").status()).isEqualTo(200);
    assertThat(rest("maria").get(STATISTICS + "&region=stockholm").status()).isEqualTo(200);
    assertThat(rest("maria").get(STATISTICS + "&municipality=1480").status()).isEqualTo(403);
    assertThat(rest("maria").get(STATISTICS + "&region=vast").status()).isEqualTo(403);
    assertThat(rest("maria").get("/api/dashboard/overview?municipality=1480").status()).isEqualTo(403);
    assertThat(rest("maria").get("/api/statistics.csv?year=2023&municipality=1480").status()).isEqualTo(403);
  }

  @Test
  void badParametersAre400InSwedish() {
    assertThat(rest("maria").get("/api/statistics?year=tjugo").status()).isEqualTo(400);
    assertThat(rest("maria").get("/api/statistics?year=1999").json().get("message").asText()).startsWith("Ange ett år");
    assertThat(rest("eva").get(STATISTICS + "&municipality=9999").status()).isEqualTo(400);
    assertThat(rest("eva").get(STATISTICS + "&region=atlantis").status()).isEqualTo(400);
  }

  @Test
  void theNationalCoordinationSeesEverythingAsCountsOnly() {
    Answer national = rest("eva").get(STATISTICS);
    assertThat(national.status()).isEqualTo(200);
    assertThat(national.json().get("countsOnly").asBoolean()).isTrue();
    assertThat(national.json().get("scope").get("description").asText()).isEqualTo("Hela landet");
    // the coded grounds (never free text), small counts hidden as everywhere
    national.json().get("figures").get("rejections").get("byReason").forEach(n ->
        assertThat(n.isTextual() ? n.asText() : n.asInt() == 0 || n.asInt() >= 5 ? "ok" : "shown: " + n)
            .isIn("ok", "<5"));
    assertThat(rest("eva").get(STATISTICS + "&municipality=1480").status()).isEqualTo(200);
    assertThat(rest("eva").get(STATISTICS + "&region=vast").status()).isEqualTo(200);

    Answer overview = rest("eva").get("/api/dashboard/overview");
    assertThat(overview.status()).isEqualTo(200);
    assertThat(overview.body()).doesNotContain("caseNumber").doesNotContain("items");
    assertThat(rest("maria").get("/api/dashboard/overview").json().get("overdueTasks").has("items")).isTrue();
  }

  @Test
  void theCsvHasSwedishHeadingsForExcel() {
    Answer csv = rest("maria").get("/api/statistics.csv?year=2023");
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.body()).startsWith("\uFEFFUppgift;2023 (Stockholm)")
        .contains("Personer som beviljats betänketid;").contains("varav kvinnor;")
        .contains("Dagar från ansökan till beslut: median;");
  }

  @Test
  void theDashboardPageIsSwedishAndLoadsChartJsFromTheWebJar() {
    Answer page = rest("maria").get("/dashboard");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("<html lang=\"sv\">").contains("Just nu")
        .contains("/webjars/chart.js/4.4.1/dist/chart.umd.js");
    assertThat(rest("maria").get("/webjars/chart.js/4.4.1/dist/chart.umd.js").status()).isEqualTo(200);
    assertThat(rest("eva").get("/dashboard/dashboard.js").body()).doesNotContain("innerHTML");
  }

  @Test
  void aUserLoggedIntoTheCamundaWebappsNeedsNoOtherLogin() {
    WebappLogin browser = new WebappLogin("http://localhost:" + port);
    assertThat(browser.get(STATISTICS).statusCode()).isEqualTo(401);
    assertThat(browser.login("maria", "tasklist")).isEqualTo(200);
    HttpResponse<String> statistics = browser.get(STATISTICS);
    assertThat(statistics.statusCode()).isEqualTo(200);
    assertThat(statistics.body()).contains("\"0180\"");
    assertThat(browser.get("/dashboard").statusCode()).isEqualTo(200);

    WebappLogin eva = new WebappLogin("http://localhost:" + port);
    assertThat(eva.login("eva", "welcome")).isEqualTo(200);
    assertThat(eva.get("/api/dashboard/overview").statusCode()).isEqualTo(200);
  }
}
