package se.betanketid.statistics;

import org.springframework.http.HttpStatus;

/** A request the caller may not make (403) or cannot make as asked (400), with a Swedish message. */
public class AccessRefused extends RuntimeException {

  private final HttpStatus status;

  AccessRefused(HttpStatus status, String message) {
    super(message);
    this.status = status;
  }

  public HttpStatus status() {
    return status;
  }

  public static AccessRefused forbidden(String message) {
    return new AccessRefused(HttpStatus.FORBIDDEN, message);
  }

  public static AccessRefused badRequest(String message) {
    return new AccessRefused(HttpStatus.BAD_REQUEST, message);
  }
}
