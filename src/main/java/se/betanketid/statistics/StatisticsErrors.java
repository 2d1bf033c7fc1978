package se.betanketid.statistics;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Refusals of the statistics and dashboard endpoints as JSON with a Swedish message. */
@RestControllerAdvice(basePackageClasses = StatisticsErrors.class)
public class StatisticsErrors {

  @ExceptionHandler(AccessRefused.class)
  ResponseEntity<Map<String, Object>> refused(AccessRefused refused) {
    return answer(refused);
  }

  /** The refusal's status with {@code {"status", "message"}}; the dashboard's endpoints answer the same. */
  public static ResponseEntity<Map<String, Object>> answer(AccessRefused refused) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", refused.status().value());
    body.put("message", refused.getMessage());
    return ResponseEntity.status(refused.status()).contentType(MediaType.APPLICATION_JSON).body(body);
  }
}
