package se.betanketid.document;

import org.springframework.http.HttpStatus;

/** A document that is not given: 404 (no such case for this caller), 403, 409 (data missing), with Swedish text. */
class DocumentRefused extends RuntimeException {

  /** The one answer for a case that does not exist and one the caller may not read: they must look the same. */
  static final String NOT_FOUND = "Ärendet finns inte eller så har du inte behörighet till det.";

  private final HttpStatus status;

  DocumentRefused(HttpStatus status, String message) {
    super(message, null, false, false);
    this.status = status;
  }

  HttpStatus status() {
    return status;
  }

  static DocumentRefused notFound() {
    return new DocumentRefused(HttpStatus.NOT_FOUND, NOT_FOUND);
  }

  static DocumentRefused forbidden(String message) {
    return new DocumentRefused(HttpStatus.FORBIDDEN, message);
  }

  static DocumentRefused missing(String message) {
    return new DocumentRefused(HttpStatus.CONFLICT, message);
  }
}
