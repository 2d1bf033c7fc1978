package se.betanketid.document;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Who got which document of which case, and who was refused: user, case number and kind only, never
 * personal data. (The case's read log, when it exists, takes these lines too.)
 */
@Component
class DocumentLog {

  private static final Logger LOG = LoggerFactory.getLogger(DocumentLog.class);

  void downloaded(String userId, String caseNumber, DocumentKind kind) {
    LOG.info("Document {} of case {} downloaded by {}", kind, caseNumber, userId);
  }

  void refused(String userId, String caseNumber, DocumentKind kind, int status) {
    LOG.info("Document {} of case {} refused to {} ({})", kind, safe(caseNumber), userId, status);
  }

  /** A case number as asked for may be anything: only a well-formed one goes into the log. */
  private static String safe(String caseNumber) {
    return caseNumber != null && caseNumber.matches("BT-\\d{4}-\\d{5}") ? caseNumber : "(ogiltigt)";
  }
}
