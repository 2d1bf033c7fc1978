package se.betanketid.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import se.betanketid.CaseFixtures;
import se.betanketid.ProcessTestCase;
import se.betanketid.RestCalls.Answer;
import se.betanketid.WebappSession;

/**
 * A social worker opens a case only for her own municipality: a mistyped code would send the case and the person's
 * data to another municipality and region. The investigation leader's route and administrators choose any.
 */
class StarterMunicipalityIT extends ProcessTestCase {

  private static final String SOCIAL = "/process-definition/key/SocialServicesApplicationProcess/submit-form";
  private static final String INVESTIGATION =
      "/engine-rest/process-definition/key/InvestigationLeaderApplicationProcess/submit-form";
  private static final String REFUSAL =
      "Fältet \"Kommun\" har kommunkoden 1480, men du kan bara öppna ärenden för 0180. Kontrollera kommunkoden.";

  private static Map<String, Object> socialServicesCase(String municipalityCode) {
    return Map.of("variables", CaseFixtures.socialServicesCase().with("municipalityCode", municipalityCode)
        .restVariables());
  }

  @Test
  void anotherMunicipalitysCodeIsRefusedInSwedishThroughRestAndTasklistAndNothingIsCreated() {
    long instances = runtimeService.createProcessInstanceQuery().count();

    Answer rest = rest("sara").post("/engine-rest" + SOCIAL, socialServicesCase("1480"));
    Answer tasklist = WebappSession.login("http://localhost:" + port, "sara", "tasklist")
        .post(WebappSession.ENGINE + SOCIAL, socialServicesCase("1480"));
    Answer nils = rest("nils").post("/engine-rest" + SOCIAL, socialServicesCase("0180"));

    for (Answer answer : new Answer[] {rest, tasklist}) {
      assertThat(answer.status()).as(answer.body()).isEqualTo(400);
      assertThat(answer.json().path("field").asText()).isEqualTo("municipalityCode");
      assertThat(answer.json().path("message").asText()).isEqualTo(REFUSAL);
    }
    assertThat(nils.status()).as(nils.body()).isEqualTo(400);
    assertThat(nils.json().path("message").asText()).contains("du kan bara öppna ärenden för 1480");
    assertThat(runtimeService.createProcessInstanceQuery().count()).as("nothing started").isEqualTo(instances);
  }

  @Test
  void herOwnMunicipalityGivenOrLeftEmptyOpensTheCase() {
    for (String code : new String[] {"0180", null}) {
      Answer answer = rest("sara").post("/engine-rest" + SOCIAL, socialServicesCase(code));
      assertThat(answer.status()).as(answer.body()).isEqualTo(200);
      assertThat(runtimeService.getVariable(answer.json().get("id").asText(), "municipalityCode")).isEqualTo("0180");
    }
  }

  @Test
  void theInvestigationLeaderAndTheAdministratorChooseAnyMunicipality() {
    Answer alex = rest("alex").post(INVESTIGATION, Map.of("variables",
        CaseFixtures.investigationLeaderCase().with("municipalityCode", "1480").restVariables()));
    Answer admin = rest("admin").post("/engine-rest" + SOCIAL, socialServicesCase("1480"));

    assertThat(alex.status()).as(alex.body()).isEqualTo(200);
    assertThat(admin.status()).as(admin.body()).isEqualTo(200);
    assertThat(runtimeService.getVariable(alex.json().get("id").asText(), "policeRegion")).isEqualTo("vast");
  }
}
