package se.betanketid.register;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RestController;
import se.betanketid.identity.Role;
import se.betanketid.system.Caller;
import se.betanketid.system.SwedishAnswers;

/**
 * The administrator's handles on the register: {@code POST /api/register/rebuild} fills it from the engine's
 * history, {@code GET /api/register/check} lists where it and the engine disagree. For camunda-admin only.
 */
@RestController
record RegisterController(RegisterRebuild rebuild, RegisterCheck check) {

  @PostMapping(path = "/api/register/rebuild", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Map<String, Object>> rebuild(
      @RequestAttribute(name = Caller.REQUEST_ATTRIBUTE, required = false) Caller caller) {
    return refusal(caller).orElseGet(() -> {
      int cases = rebuild.rebuild();
      return SwedishAnswers.ok(Map.of("cases", cases, "differences", check.differences()));
    });
  }

  @GetMapping(path = "/api/register/check", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Map<String, Object>> check(
      @RequestAttribute(name = Caller.REQUEST_ATTRIBUTE, required = false) Caller caller) {
    return refusal(caller).orElseGet(() -> {
      List<String> differences = check.differences();
      return SwedishAnswers.ok(Map.of("agrees", differences.isEmpty(), "differences", differences));
    });
  }

  private static Optional<ResponseEntity<Map<String, Object>>> refusal(Caller caller) {
    return SwedishAnswers.refusal(caller, admin -> admin.isMemberOf(Role.ADMIN_GROUP),
        "Bara administratörer kan bygga om ärenderegistret.");
  }
}
