package se.betanketid.document;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Refused documents as JSON with a Swedish message (the same shape as the statistics' refusals). */
@RestControllerAdvice(basePackageClasses = DocumentErrors.class)
class DocumentErrors {

  @ExceptionHandler(DocumentRefused.class)
  ResponseEntity<Map<String, Object>> refused(DocumentRefused refused) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", refused.status().value());
    body.put("message", refused.getMessage());
    return ResponseEntity.status(refused.status()).contentType(MediaType.APPLICATION_JSON)
        .header(HttpHeaders.CACHE_CONTROL, "no-store").body(body);
  }
}
