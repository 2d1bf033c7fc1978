package se.betanketid.document;

/** The documents a case offers, with the file name they are downloaded under (the case number only). */
enum DocumentKind {
  APPLICATION("ansokan"),
  DECISION_RECORD("beslutsprotokoll");

  private final String fileWord;

  DocumentKind(String fileWord) {
    this.fileWord = fileWord;
  }

  /** E.g. {@code BT-2026-00042-ansokan.pdf}: the case number and the kind, no personal data. */
  String fileName(String caseNumber) {
    return caseNumber + "-" + fileWord + ".pdf";
  }
}
