package se.betanketid.document;

import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import se.betanketid.system.SwedishAnswers;

/** Refused documents as JSON with a Swedish message (the same shape as the statistics' refusals). */
@RestControllerAdvice(basePackageClasses = DocumentErrors.class)
class DocumentErrors {

  @ExceptionHandler(DocumentRefused.class)
  ResponseEntity<Map<String, Object>> refused(DocumentRefused refused) {
    return SwedishAnswers.message(refused.status(), refused.getMessage());
  }
}
