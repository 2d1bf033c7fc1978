package se.betanketid.document;

import java.util.Map;
import java.util.function.Function;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RestController;
import se.betanketid.readlog.Channel;
import se.betanketid.readlog.ReadLog;
import se.betanketid.system.Caller;

/**
 * A case's documents, made on request from the case's data and never stored:
 * {@code GET /api/cases/{caseNumber}/application.pdf} (the application to Migrationsverket) and
 * {@code GET /api/cases/{caseNumber}/decision-record.pdf} (the board's decision). Authenticated like every
 * {@code /api/*} path (Basic or a webapp session, system.CallerFilter); 404 for a case the caller may not read
 * exactly as for an unknown one, 403 under protected identity for all but the handler, 409 when data is missing.
 */
@RestController
class CaseDocumentController {

  private final ReadableCases cases;
  private final ProtectedIdentityRule protectedIdentity;
  private final ApplicationContent application;
  private final DecisionRecordContent decisionRecord;
  private final DocumentRenderer renderer;
  private final DocumentLog log;
  private final ReadLog readLog;

  CaseDocumentController(ReadableCases cases, ProtectedIdentityRule protectedIdentity, ApplicationContent application,
      DecisionRecordContent decisionRecord, DocumentRenderer renderer, DocumentLog log, ReadLog readLog) {
    this.readLog = readLog;
    this.cases = cases;
    this.protectedIdentity = protectedIdentity;
    this.application = application;
    this.decisionRecord = decisionRecord;
    this.renderer = renderer;
    this.log = log;
  }

  @GetMapping("/api/cases/{caseNumber}/application.pdf")
  ResponseEntity<byte[]> application(@RequestAttribute(name = Caller.REQUEST_ATTRIBUTE) Caller caller,
      @PathVariable String caseNumber) {
    return document(caller, caseNumber, DocumentKind.APPLICATION, application::model);
  }

  @GetMapping("/api/cases/{caseNumber}/decision-record.pdf")
  ResponseEntity<byte[]> decisionRecord(@RequestAttribute(name = Caller.REQUEST_ATTRIBUTE) Caller caller,
      @PathVariable String caseNumber) {
    return document(caller, caseNumber, DocumentKind.DECISION_RECORD, decisionRecord::model);
  }

  private ResponseEntity<byte[]> document(Caller caller, String caseNumber, DocumentKind kind,
      Function<CaseRecord, Map<String, Object>> content) {
    byte[] pdf;
    try {
      CaseRecord record = cases.find(caller, caseNumber).orElseThrow(DocumentRefused::notFound);
      protectedIdentity.check(caller, record);
      pdf = renderer.pdf(content.apply(protectedIdentity.reveal(caller, record)));
    } catch (DocumentRefused refused) {
      log.refused(caller.userId(), caseNumber, kind, refused.status().value());
      throw refused;
    }
    log.downloaded(caller.userId(), caseNumber, kind);
    readLog.caseRead(caller.userId(), caseNumber, Channel.DOCUMENT);
    return ResponseEntity.status(HttpStatus.OK)
        .contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(kind.fileName(caseNumber)).build().toString())
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .header("X-Content-Type-Options", "nosniff")
        .body(pdf);
  }
}
