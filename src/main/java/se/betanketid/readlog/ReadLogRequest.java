package se.betanketid.readlog;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;
import se.betanketid.calendar.EngineTime;

/** A manager's question to the read log, checked: dates ÅÅÅÅ-MM-DD, a well-formed case number, a period in order. */
final class ReadLogRequest {

  /** Without dates: the last 30 days. */
  static final int DEFAULT_DAYS = 30;

  private ReadLogRequest() {}

  /** Bad input: 400 with a Swedish message naming the field. */
  static final class Invalid extends RuntimeException {
    Invalid(String message) {
      super(message);
    }
  }

  static ReadLogQuery.Filter filter(Set<String> municipalities, String caseNumber, String userId, String from,
      String to) {
    LocalDate last = date("Till", to, EngineTime.today());
    LocalDate first = date("Från", from, last.minusDays(DEFAULT_DAYS - 1L));
    if (first.isAfter(last)) {
      throw new Invalid("Fältet \"Från\" ska vara samma dag som eller före \"Till\".");
    }
    String wantedCase = blank(caseNumber) ? null : caseNumber.strip().toUpperCase(java.util.Locale.ROOT);
    if (wantedCase != null && !wantedCase.matches("BT-\\d{4}-\\d{5}")) {
      throw new Invalid("Fältet \"Ärendenummer\" ska se ut som BT-2026-00042.");
    }
    String user = blank(userId) ? null : userId.strip();
    if (user != null && user.length() > 128) {
      throw new Invalid("Fältet \"Användare\" är för långt.");
    }
    return new ReadLogQuery.Filter(municipalities, wantedCase, user, first, last);
  }

  private static LocalDate date(String field, String text, LocalDate otherwise) {
    if (blank(text)) {
      return otherwise;
    }
    if (!text.strip().matches("\\d{4}-\\d{2}-\\d{2}")) {
      throw new Invalid("Fältet \"" + field + "\" ska vara ett datum som ÅÅÅÅ-MM-DD.");
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException notADay) {
      throw new Invalid("Fältet \"" + field + "\" ska vara ett datum som finns, ÅÅÅÅ-MM-DD.");
    }
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
