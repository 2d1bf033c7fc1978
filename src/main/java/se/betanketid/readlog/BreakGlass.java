package se.betanketid.readlog;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.betanketid.identity.Role;
import se.betanketid.municipality.MunicipalityRegistry;
import se.betanketid.notification.Notification;
import se.betanketid.notification.NotificationKind;
import se.betanketid.notification.NotificationQueue;
import se.betanketid.system.Caller;

/**
 * Break-glass (nödåtkomst): a manager ({@code chef-<kommunkod>}) of another municipality of the case's police region,
 * covering for the case's own manager, may open a case she cannot otherwise read, only by giving a reason. The opening
 * mails the case's managers ({@code chef-<the case's kommunkod>}; case number only) and lets her session read the
 * case for {@link #GRANT}; every read under it is logged marked as break-glass with the reason. Nobody else may:
 * social workers of other municipalities, coordinators without the person's consent (the consent is the ground for
 * their access) and the national coordination (no case data at all) get the same 404 as for an unknown case.
 */
@Component
public class BreakGlass {

  /** How long a break-glass opening lets the session read the case. */
  public static final Duration GRANT = Duration.ofMinutes(30);
  static final int REASON_MAX = 500;
  private static final String SESSION_ATTRIBUTE = "se.betanketid.readlog.BreakGlass";

  /** A missing or too long reason: 400 with a Swedish message naming the field. */
  public static final class InvalidReason extends RuntimeException {
    InvalidReason(String message) {
      super(message);
    }
  }

  private record Grant(String reason, Instant until) implements Serializable {}

  private record CaseOf(String caseId, String municipalityCode, String policeRegion) {}

  private final JdbcTemplate jdbc;
  private final MunicipalityRegistry municipalities;
  private final ReadLog log;
  private final NotificationQueue notifications;

  BreakGlass(JdbcTemplate jdbc, MunicipalityRegistry municipalities, ReadLog log, NotificationQueue notifications) {
    this.jdbc = jdbc;
    this.municipalities = municipalities;
    this.log = log;
    this.notifications = notifications;
  }

  /** Whether the caller's role may ever break glass (to show the form; whether for this case is not told). */
  public boolean mayAsk(Caller caller) {
    return !caller.scopesOf(Role.MANAGER).isEmpty();
  }

  /** The reason, stripped; refused when missing or too long. */
  public static String checkedReason(String reason) {
    if (reason == null || reason.isBlank()) {
      throw new InvalidReason("Fältet \"Skäl\" måste fyllas i: skriv varför du behöver öppna ärendet.");
    }
    String stripped = reason.strip();
    if (stripped.length() > REASON_MAX) {
      throw new InvalidReason("Fältet \"Skäl\" får vara högst " + REASON_MAX + " tecken.");
    }
    return stripped;
  }

  /** Whether the caller may open this case by break-glass: a manager of another municipality of its region. */
  public boolean mayOpen(Caller caller, String caseNumber) {
    Optional<CaseOf> target = caseOf(caseNumber);
    if (target.isEmpty() || target.get().municipalityCode() == null) {
      return false;
    }
    String region = target.get().policeRegion() != null ? target.get().policeRegion()
        : municipalities.find(target.get().municipalityCode()).map(m -> m.policeRegion()).orElse(null);
    return caller.scopesOf(Role.MANAGER).stream()
        .filter(code -> !code.equals(target.get().municipalityCode()))
        .anyMatch(code -> municipalities.find(code).map(m -> Objects.equals(m.policeRegion(), region)).orElse(false));
  }

  /**
   * Opens the case for the caller (who {@link #mayOpen} it, with a {@link #checkedReason}): mails the case's
   * managers and, with a session, lets it read the case for {@link #GRANT}. The read itself is logged by
   * {@link #logRead} when the case's data is handed out.
   */
  public void open(Caller caller, String caseNumber, String reason, HttpServletRequest request) {
    CaseOf target = caseOf(caseNumber).orElseThrow();
    HttpSession session = request.getSession(false);
    if (session != null) {
      grants(session).put(caseNumber, new Grant(reason, Instant.now().plus(GRANT)));
    }
    notifications.queueToGroups(new Notification(NotificationKind.BREAK_GLASS, caseNumber, null, null, null, null,
        target.caseId(), null), List.of(Role.managerGroup(target.municipalityCode())));
  }

  /** The reason of this session's break-glass opening of the case, while it lasts. */
  public Optional<String> grantedReason(HttpServletRequest request, String caseNumber) {
    HttpSession session = request.getSession(false);
    if (session == null) {
      return Optional.empty();
    }
    Grant grant = grants(session).get(caseNumber);
    if (grant == null || grant.until().isBefore(Instant.now())) {
      return Optional.empty();
    }
    return Optional.of(grant.reason());
  }

  /** Logs a read of the case's data under break-glass, marked, with the reason. */
  public void logRead(Caller caller, String caseNumber, Channel channel, String reason) {
    log.breakGlassRead(caller.userId(), caseNumber, channel, reason);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Grant> grants(HttpSession session) {
    synchronized (session) {
      Object grants = session.getAttribute(SESSION_ATTRIBUTE);
      if (grants == null) {
        grants = new HashMap<String, Grant>();
        session.setAttribute(SESSION_ATTRIBUTE, grants);
      }
      return (Map<String, Grant>) grants;
    }
  }

  private Optional<CaseOf> caseOf(String caseNumber) {
    if (caseNumber == null || !caseNumber.matches("BT-\\d{4}-\\d{5}")) {
      return Optional.empty();
    }
    return jdbc.query("SELECT process_instance_id, municipality_code, police_region FROM case_file"
        + " WHERE case_number = ? AND kind = 'case'", (row, n) -> new CaseOf(row.getString(1), row.getString(2),
        row.getString(3)), caseNumber).stream().findFirst();
  }
}
