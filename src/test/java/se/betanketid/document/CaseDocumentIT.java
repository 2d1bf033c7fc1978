package se.betanketid.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import se.betanketid.CaseFixtures;
import se.betanketid.ProcessTestCase;
import se.betanketid.WebappSession;
import se.betanketid.application.InvestigationLeaderApplicationProcess;
import se.betanketid.application.SocialServicesApplication;
import se.betanketid.calendar.EngineTime;
import se.betanketid.casefile.ApplicantType;
import se.betanketid.demo.CaseSteps;

/**
 * The documents through their endpoints: the case's readers get them (Basic and a Tasklist session), everyone
 * else gets the 404 of an unknown case, a case without the data gets 409, protected identity only the handler,
 * and each download is logged without personal data.
 */
@ExtendWith(OutputCaptureExtension.class)
class CaseDocumentIT extends ProcessTestCase {

  static final String UNKNOWN = "BT-1999-99999";

  record Download(int status, String contentType, String disposition, byte[] body) {
    String text() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  @Test
  void theCaseReadersGetTheApplicationAndTheDecisionRecord(CapturedOutput output) throws Exception {
    ProcessInstance instance = decided(CaseFixtures.socialServicesCase().withChild("none_known"), true);
    String caseNumber = instance.getBusinessKey();

    Download application = get("sara", caseNumber, "application.pdf");
    assertThat(application.status()).as(application.text()).isEqualTo(200);
    assertThat(application.contentType()).isEqualTo("application/pdf");
    assertThat(application.disposition()).isEqualTo("attachment; filename=\"" + caseNumber + "-ansokan.pdf\"");
    String text = DocumentRenderingTest.flat(PdfFiles.text(application.body()));
    assertThat(text).contains(caseNumber, CaseFixtures.PERSON_NAME, CaseFixtures.PERSON_BIRTH_DATE,
        CaseFixtures.PERSON_CITIZENSHIP, CaseFixtures.CHILD_NAMES_PREFIX + " 1", CaseFixtures.CHILD_BIRTH_DATE,
        DocumentRenderingTest.flat(ApplicationContent.CHILD_NOTE), "Socialnämnden i Stockholm (0180)",
        "08-508 000 00", "Personen har berättat om exploatering");

    Download record = get("maria", caseNumber, "decision-record.pdf");
    assertThat(record.status()).isEqualTo(200);
    assertThat(record.disposition()).contains(caseNumber + "-beslutsprotokoll.pdf");
    assertThat(DocumentRenderingTest.flat(PdfFiles.text(record.body())))
        .contains("Beslut att ansöka om betänketid", "Enhetschef enligt delegationsordningen", caseNumber);

    WebappSession tasklist = WebappSession.login("http://localhost:" + port, "kim", "tasklist");
    assertThat(tasklist.get("/api/cases/" + caseNumber + "/application.pdf").status())
        .as("the coordinator of a case with consent, from a Tasklist session").isEqualTo(200);

    assertThat(output.getOut()).contains("Document APPLICATION of case " + caseNumber + " downloaded by sara",
        "Document DECISION_RECORD of case " + caseNumber + " downloaded by maria");
    for (String personal : CaseFixtures.PERSONAL_DATA) {
      assertThat(output.getAll()).as("the log holds no personal data").doesNotContain(personal);
    }
  }

  @Test
  void aCaseThatMayNotBeReadIsNotFoundExactlyLikeAnUnknownOne() throws Exception {
    String caseNumber = decided(CaseFixtures.socialServicesCase(), true).getBusinessKey();
    for (String document : new String[] {"application.pdf", "decision-record.pdf"}) {
      Download unknown = get("nils", UNKNOWN, document);
      assertThat(unknown.status()).isEqualTo(404);
      assertThat(unknown.text()).contains(DocumentRefused.NOT_FOUND);
      for (String outsider : new String[] {"nils", "alva", "alex", "eva"}) {
        Download refused = get(outsider, caseNumber, document);
        assertThat(refused.status()).as("%s, %s", outsider, document).isEqualTo(404);
        assertThat(refused.text()).isEqualTo(unknown.text());
      }
    }
    assertThat(get("sara", "nonsense", "application.pdf").status()).isEqualTo(404);
    assertThat(get(null, caseNumber, "application.pdf").status()).as("without credentials").isEqualTo(401);
  }

  @Test
  void aCaseWithoutTheDataAnswers409InSwedish() throws Exception {
    ProcessInstance undecided = runtimeService.startProcessInstanceByKey(SocialServicesApplication.PROCESS_KEY,
        CaseFixtures.socialServicesCase().variables());
    Download early = get("sara", undecided.getBusinessKey(), "application.pdf");
    assertThat(early.status()).isEqualTo(409);
    assertThat(early.text()).contains("nämndens beslut om ansökan är inte registrerat", "Besluta om ansökan");

    String declined = decided(CaseFixtures.socialServicesCase(), false).getBusinessKey();
    Download application = get("sara", declined, "application.pdf");
    assertThat(application.status()).isEqualTo(409);
    assertThat(application.text()).contains("nämnden beslutade att inte ansöka");
    Download record = get("sara", declined, "decision-record.pdf");
    assertThat(record.status()).isEqualTo(200);
    assertThat(DocumentRenderingTest.flat(PdfFiles.text(record.body())))
        .contains("Beslut att inte ansöka om betänketid", "Personen vill ha stöd via NSP i stället.",
            DocumentCases.LABELS.option(SocialServicesApplication.DECISION_FORM, "alternative", "nsp"));
  }

  @Test
  void theInvestigationLeadersApplicationHasNoBoardDecision() throws Exception {
    ProcessInstance instance = runtimeService.startProcessInstanceByKey(InvestigationLeaderApplicationProcess.KEY,
        CaseFixtures.investigationLeaderCase().variables());
    Download application = get("admin", instance.getBusinessKey(), "application.pdf");
    assertThat(application.status()).as(application.text()).isEqualTo(200);
    assertThat(DocumentRenderingTest.flat(PdfFiles.text(application.body())))
        .contains("blankett 194011", "5000-K123456-26", "Människohandel", CaseFixtures.PERSON_NAME);
    Download record = get("admin", instance.getBusinessKey(), "decision-record.pdf");
    assertThat(record.status()).isEqualTo(409);
    assertThat(record.text()).contains("förundersökningsledarens ansökan");
  }

  @Test
  void underProtectedIdentityOnlyTheHandlerGetsTheDocument() throws Exception {
    ProcessInstance instance = decided(CaseFixtures.socialServicesCase().with("protectedIdentity", true), true);
    String caseNumber = instance.getBusinessKey();
    Download reader = get("sara", caseNumber, "application.pdf");
    assertThat(reader.status()).isEqualTo(403);
    assertThat(reader.text()).contains("skyddade personuppgifter");
    assertThat(get("maria", caseNumber, "decision-record.pdf").status()).isEqualTo(403);
    Download admin = get("admin", caseNumber, "application.pdf");
    assertThat(admin.status()).isEqualTo(200);
    assertThat(DocumentRenderingTest.flat(PdfFiles.text(admin.body())))
        .as("the real name, which the engine does not hold, for the one who may read it")
        .contains(CaseFixtures.PERSON_NAME);

    Task submit = taskService.createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(SocialServicesApplication.SUBMIT_APPLICATION).singleResult();
    taskService.claim(submit.getId(), "sara");
    assertThat(get("sara", caseNumber, "application.pdf").status()).as("the handler").isEqualTo(200);
    assertThat(get("nils", caseNumber, "application.pdf").status()).as("still not found for others")
        .isEqualTo(404);
  }

  /** A social services' case through the coordinator's advice and the board's decision (apply or not). */
  private ProcessInstance decided(CaseFixtures fixture, boolean apply) {
    CaseSteps steps = new CaseSteps(processEngine);
    ProcessInstance instance = steps.start(ApplicantType.SOCIAL_SERVICES, fixture.variables());
    steps.advise(instance, true);
    if (apply) {
      steps.decideToApply(instance, EngineTime.today());
    } else {
      steps.decideNotToApply(instance, EngineTime.today());
    }
    return instance;
  }

  private Download get(String user, String caseNumber, String document) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(
        URI.create("http://localhost:" + port + "/api/cases/" + caseNumber + "/" + document)).GET();
    if (user != null) {
      request.header("Authorization", "Basic " + Base64.getEncoder()
          .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
    }
    HttpResponse<byte[]> response = HttpClient.newHttpClient().send(request.build(),
        HttpResponse.BodyHandlers.ofByteArray());
    return new Download(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
        response.headers().firstValue("Content-Disposition").orElse(""), response.body());
  }
}
