package se.betanketid.notification;

import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** In the prod profile the application refuses to start without SMTP settings, sender and Tasklist URL. */
@Component
@Profile("prod")
class ProductionMailSettings {

  ProductionMailSettings(@Value("${spring.mail.host:}") String host, @Value("${spring.mail.port:}") String port,
      @Value("${betanketid.mail-from:}") String from, @Value("${betanketid.tasklist-url:}") String tasklistUrl) {
    requireComplete(host, port, from, tasklistUrl);
  }

  static void requireComplete(String host, String port, String from, String tasklistUrl) {
    List<String> missing = new ArrayList<>();
    if (blank(host)) {
      missing.add("SMTP_HOST");
    }
    if (blank(port)) {
      missing.add("SMTP_PORT");
    }
    if (blank(from)) {
      missing.add("MAIL_FROM");
    }
    if (blank(tasklistUrl)) {
      missing.add("TASKLIST_URL");
    }
    if (!missing.isEmpty()) {
      throw new IllegalStateException("The prod profile sends e-mail notifications and needs SMTP settings: "
          + "set " + String.join(", ", missing) + " (see docs/notifications.md).");
    }
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
