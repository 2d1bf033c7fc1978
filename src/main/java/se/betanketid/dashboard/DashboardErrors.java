package se.betanketid.dashboard;

import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import se.betanketid.statistics.AccessRefused;
import se.betanketid.statistics.StatisticsErrors;

/** Refusals of the dashboard's JSON endpoints, answered as the statistics' are (JSON with a Swedish message). */
@RestControllerAdvice(basePackageClasses = DashboardErrors.class)
class DashboardErrors {

  @ExceptionHandler(AccessRefused.class)
  ResponseEntity<Map<String, Object>> refused(AccessRefused refused) {
    return StatisticsErrors.answer(refused);
  }
}
