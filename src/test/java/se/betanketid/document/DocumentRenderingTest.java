package se.betanketid.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import se.betanketid.application.SocialServicesApplication;

/**
 * The documents as a person gets them: every field of the case in the PDF's text and none of another case's, a
 * first page that is not blank when rendered, PDF/A-2u as veraPDF checks it, and 409 with a Swedish message when
 * the case lacks what the document needs.
 */
class DocumentRenderingTest {

  private final DocumentRenderer renderer = new DocumentRenderer();

  @Test
  void theApplicationHoldsEveryFieldOfItsCaseAndNoneOfAnother() throws Exception {
    Map<String, Object> first = DocumentCases.first();
    Map<String, Object> second = DocumentCases.second();
    String text = flat(PdfFiles.text(applicationOf("BT-2026-00101", first)));
    String other = flat(PdfFiles.text(applicationOf("BT-2026-00202", second)));

    for (String value : expectedValues(first)) {
      assertThat(text).as("the application of the first case shows %s", value).contains(value);
    }
    for (String value : expectedValues(second)) {
      assertThat(other).as("the application of the second case shows %s", value).contains(value);
      assertThat(text).as("the first case's application shows nothing of the second: %s", value)
          .doesNotContain(value);
    }
    for (String value : expectedValues(first)) {
      assertThat(other).as("the second case's application shows nothing of the first: %s", value)
          .doesNotContain(value);
    }
    assertThat(text).contains("BT-2026-00101", "Sökande myndighet", "Personen som ansökan gäller",
        "Den presumtiva exploateringen", "Grunder för ansökan", "5 kap. 15 § andra stycket utlänningslagen",
        "Medföljande barn", "Kontaktperson", "Datum", "Underskrift av den som har delegation",
        "Socialnämnden i Stockholm (0180)", "Barn 1 av 2", "Barn 2 av 2", "blankett 195011",
        startOption("exploitationForms", "sexual") + ", " + startOption("exploitationForms", "begging"),
        startOption("childCoverage", "none_known"), startOption("childCoverage", "swedish_citizen"));
    assertThat(text.split(flat(ApplicationContent.CHILD_NOTE), -1)).as("the note under each child").hasSize(3);
    assertThat(other).contains("Inga medföljande barn");
  }

  @Test
  void theFirstPageIsNotBlankAndTheFilesArePdfA() throws Exception {
    byte[] application = applicationOf("BT-2026-00101", DocumentCases.first());
    byte[] record = renderer.pdf(DocumentCases.DECISION_RECORD.model(
        DocumentCases.socialServices("BT-2026-00101", DocumentCases.first())));
    assertThat(PdfAConformance.failures(application)).as("veraPDF, PDF/A-2u: the application").isEmpty();
    assertThat(PdfAConformance.failures(record)).as("veraPDF, PDF/A-2u: the decision record").isEmpty();
    assumeTrue(Files.isExecutable(PdfFiles.PDFTOPPM) || System.getenv("CI") != null,
        "pdftoppm (poppler-utils) is not installed; .ci/run installs it");
    Path page = PdfFiles.firstPagePng(application, "application-page-1");
    assertThat(PdfFiles.inkShare(page)).as("ink on page 1 of the application").isBetween(0.01, 0.5);
    Path recordPage = PdfFiles.firstPagePng(record, "decision-record-page-1");
    assertThat(PdfFiles.inkShare(recordPage)).as("ink on page 1 of the decision record").isBetween(0.01, 0.5);
  }

  @Test
  void aDeclineRecordGivesTheReasonAndTheSupportOffered() throws Exception {
    Map<String, Object> declined = DocumentCases.with(DocumentCases.first(), "applicationDecision", "do_not_apply");
    declined.put("notApplyingReason", "Personen vill hellre ha stöd via NSP och lämnar kommunen.");
    declined.put("alternative", "nsp");
    CaseRecord record = DocumentCases.socialServices("BT-2026-00303", declined);
    String text = flat(PdfFiles.text(renderer.pdf(DocumentCases.DECISION_RECORD.model(record))));

    assertThat(text).contains("Beslut att inte ansöka om betänketid", "Nämnden ansöker inte om betänketid",
        "Personen vill hellre ha stöd via NSP och lämnar kommunen.",
        DocumentCases.LABELS.option(SocialServicesApplication.DECISION_FORM, "alternative", "nsp"),
        "Gunilla Sektionschefsson", "2026-11-03", "BT-2026-00303");
    assertRefused(() -> DocumentCases.APPLICATION.model(record), "nämnden beslutade att inte ansöka");
  }

  @Test
  void aCaseWithoutTheDataAnswers409SayingWhatIsMissing() {
    Map<String, Object> undecided = DocumentCases.with(DocumentCases.first(), "applicationDecision", null);
    CaseRecord notYet = DocumentCases.socialServices("BT-2026-00404", undecided);
    assertRefused(() -> DocumentCases.APPLICATION.model(notYet), "nämndens beslut om ansökan är inte registrerat");
    assertRefused(() -> DocumentCases.DECISION_RECORD.model(notYet), "nämndens beslut om ansökan är inte registrerat");

    Map<String, Object> noContact = DocumentCases.with(DocumentCases.first(), "contactPersonPhone", " ");
    assertRefused(() -> DocumentCases.APPLICATION.model(DocumentCases.socialServices("BT-2026-00405", noContact)),
        "uppgifter saknas i ärendet: \"Kontaktpersonens telefon\"");
    Map<String, Object> notEligible = DocumentCases.with(undecided, "outcome", "NOT_ELIGIBLE");
    assertRefused(() -> DocumentCases.APPLICATION.model(DocumentCases.socialServices("BT-2026-00406", notEligible)),
        "villkoren för betänketid inte är uppfyllda");
  }

  @Test
  void markupInTheCaseIsPrintedAsTextNotInterpreted() throws Exception {
    Map<String, Object> hostile = DocumentCases.with(DocumentCases.first(), "applicationGrounds",
        "<b>fet</b> & \"citat\" </td></tr></table><script>x()</script>");
    String text = PdfFiles.text(applicationOf("BT-2026-00505", hostile)).replaceAll("\\s+", "");
    assertThat(text).contains("<b>fet</b>&\"citat\"</td></tr></table><script>x()</script>");
  }

  private static String startOption(String key, String value) {
    return DocumentCases.LABELS.option(CaseSections.SOCIAL_SERVICES_START, key, value);
  }

  private byte[] applicationOf(String caseNumber, Map<String, Object> variables) {
    return renderer.pdf(DocumentCases.APPLICATION.model(DocumentCases.socialServices(caseNumber, variables)));
  }

  /** The values of the case that the application must show (as text, as the form's options name them). */
  static List<String> expectedValues(Map<String, Object> v) {
    List<String> values = new java.util.ArrayList<>();
    for (String key : List.of("personName", "personBirthDate", "personCitizenship", "identityDocument", "language",
        "identificationDate", "decisionMadeBy", "applicationDecisionDate", "applicationGrounds",
        "contactPersonName", "contactPersonPhone", "contactPersonEmail")) {
      values.add(v.get(key).toString());
    }
    if (v.get("applicationDate") != null) {
      values.add(v.get("applicationDate").toString());
    }
    for (Object child : (List<?>) v.getOrDefault("children", List.of())) {
      Map<?, ?> c = (Map<?, ?>) child;
      values.add(c.get("childName").toString());
      values.add(c.get("childBirthDate").toString());
    }
    return values;
  }

  private static void assertRefused(Runnable call, String message) {
    assertThatThrownBy(call::run).isInstanceOfSatisfying(DocumentRefused.class, refused -> {
      assertThat(refused.status()).isEqualTo(HttpStatus.CONFLICT);
      assertThat(refused.getMessage()).contains(message);
    });
  }

  /** The text with line breaks as spaces (a long value wraps in its table cell). */
  static String flat(String text) {
    return text.replaceAll("\\s+", " ");
  }
}
