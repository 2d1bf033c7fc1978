package se.betanketid.caseview;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RestController;
import se.betanketid.casefile.ProtectedIdentity;
import se.betanketid.casefile.ProtectedIdentityStore;
import se.betanketid.readlog.Channel;
import se.betanketid.readlog.ReadLog;
import se.betanketid.system.Caller;
import se.betanketid.system.SwedishAnswers;

/**
 * {@code GET /api/cases/{caseNumber}/protected-identity}: the real identifying fields of a case with protected
 * personal data, for its handlers and administrators (HTTP Basic or a Tasklist session). Everyone else, whether
 * the case exists, is protected or not, gets the same 403; every answer is {@code no-store}. The read is logged
 * with the case number and the user only.
 */
@RestController
record ProtectedIdentityController(ProtectedIdentity protectedIdentity, ReadLog readLog) {

  private static final Logger LOG = LoggerFactory.getLogger(ProtectedIdentityController.class);
  static final String REFUSED = "Skyddade personuppgifter visas bara för ärendets handläggare.";

  @GetMapping(path = "/api/cases/{caseNumber}/protected-identity", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Map<String, Object>> read(
      @RequestAttribute(name = Caller.REQUEST_ATTRIBUTE, required = false) Caller caller,
      @PathVariable String caseNumber) {
    if (caller == null) {
      return SwedishAnswers.message(HttpStatus.UNAUTHORIZED, SwedishAnswers.NOT_LOGGED_IN);
    }
    if (!protectedIdentity.isHandler(caller.userId(), caller.groups(), caseNumber)) {
      LOG.info("Protected identity of case {} refused to {}", caseNumber, caller.userId());
      return SwedishAnswers.message(HttpStatus.FORBIDDEN, REFUSED);
    }
    Optional<ProtectedIdentityStore.Identity> identity =
        protectedIdentity.readFor(caller.userId(), caller.groups(), caseNumber);
    if (identity.isEmpty()) {
      return SwedishAnswers.message(HttpStatus.NOT_FOUND, "Ärendet har inga skyddade personuppgifter.");
    }
    LOG.info("Protected identity of case {} read by {}", caseNumber, caller.userId());
    readLog.caseRead(caller.userId(), caseNumber, Channel.PROTECTED_IDENTITY);
    Map<String, Object> body = new LinkedHashMap<>(identity.get().person());
    body.put("children", identity.get().children());
    return SwedishAnswers.ok(body);
  }
}
