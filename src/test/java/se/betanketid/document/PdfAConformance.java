package se.betanketid.document;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** PDF/A-2u conformance as veraPDF (the PDF Association's reference validator) judges it. */
final class PdfAConformance {

  static {
    VeraGreenfieldFoundryProvider.initialise();
  }

  /** The failed rules (clause, test and message), empty when the file is PDF/A-2u. */
  static List<String> failures(byte[] pdf) throws Exception {
    try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf),
            PDFAFlavour.PDFA_2_U);
        PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_U, false)) {
      ValidationResult result = validator.validate(parser);
      List<String> failed = result.getTestAssertions().stream()
          .filter(assertion -> assertion.getStatus() == TestAssertion.Status.FAILED)
          .map(assertion -> assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber() + ": "
              + assertion.getMessage())
          .distinct().toList();
      return result.isCompliant() ? List.of() : failed.isEmpty() ? List.of("not compliant") : failed;
    }
  }

  private PdfAConformance() {}
}
