package se.betanketid.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.betanketid.ProcessTestCase;
import se.betanketid.RestCalls.Answer;

/** /actuator/prometheus: authenticated, our gauges and counters, no case number or person in a label. */
class PrometheusIT extends ProcessTestCase {

  @Autowired CaseMetrics caseMetrics;

  @Test
  void needsAnAuthorisedCaller() {
    assertThat(rest(null).get("/actuator/prometheus").status()).isEqualTo(401);
    assertThat(rest("sara").get("/actuator/prometheus").status()).isEqualTo(403);
    assertThat(rest("maria").get("/actuator/prometheus").status()).isEqualTo(403);
    assertThat(rest("admin").get("/actuator/prometheus").status()).isEqualTo(200);
    assertThat(rest("eva").get("/actuator/prometheus").status()).isEqualTo(200);
    assertThat(rest(null).get("/actuator/health").status()).isNotIn(401, 403); // open; 503 while SMTP is away
  }

  @Test
  void exposesTheDecisionCounterWithoutPersonalLabels() {
    caseMetrics.refresh();
    Answer scrape = rest("eva").get("/actuator/prometheus");
    assertThat(scrape.body()).contains("betanketid_decisions_total{result=\"granted\"}")
        .contains("betanketid_decisions_total{result=\"rejected\"}");
    assertThat(scrape.body()).doesNotContainPattern("BT-\\d{4}-\\d{5}");
  }
}
