package se.betanketid.notification;

import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import se.betanketid.calendar.EngineTime;

/**
 * The values a mail template may show: case number, task name, due date in Swedish, links to the task in
 * Tasklist and to the case in Cockpit, the reason code, which child ("barn 1 av 2"). Nothing else reaches a
 * template.
 */
@Component
class MailContent {

  static final DateTimeFormatter SWEDISH_DATE_TIME =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'kl.' HH.mm", Locale.forLanguageTag("sv-SE"));

  private final String tasklistUrl;
  private final String cockpitUrl;

  MailContent(@Value("${betanketid.tasklist-url}") String tasklistUrl,
      @Value("${betanketid.cockpit-url:}") String cockpitUrl) {
    this.tasklistUrl = withSlash(tasklistUrl);
    this.cockpitUrl = cockpitUrl == null || cockpitUrl.isBlank()
        ? this.tasklistUrl.replace("/app/tasklist/", "/app/cockpit/")
        : withSlash(cockpitUrl);
  }

  /** The model for a manager or administrator (who may open Cockpit). */
  Map<String, Object> model(Notification notification) {
    return model(notification, true, true);
  }

  /**
   * The model for one recipient: the Cockpit link to the case only for those who may open Cockpit (managers,
   * administrators); the Tasklist link to the task for everyone (the task's candidates and escalation recipients
   * who work the case can open it there).
   */
  Map<String, Object> model(Notification notification, boolean mayUseCockpit, boolean mayOpenTasks) {
    Map<String, Object> model = new HashMap<>();
    model.put("caseNumber", notification.caseNumber() == null ? "–" : notification.caseNumber());
    if (notification.taskId() != null) {
      model.put("taskName", notification.taskName() == null ? "" : notification.taskName());
      if (mayOpenTasks) {
        model.put("taskLink", tasklistUrl + "#/?task=" + notification.taskId());
      }
    }
    if (mayOpenTasks) {
      model.put("tasklistLink", tasklistUrl);
    }
    if (notification.taskDueDate() != null) {
      model.put("due", swedish(notification.taskDueDate()));
    }
    if (mayUseCockpit && notification.sourceProcessInstanceId() != null) {
      model.put("caseLink", cockpitUrl + "#/process-instance/" + notification.sourceProcessInstanceId());
    }
    if (notification.reason() != null) {
      model.put("reason", notification.reason());
    }
    if (notification.childLabel() != null) {
      model.put("child", notification.childLabel());
    }
    return model;
  }

  /** E.g. "fredag 15 maj 2026 kl. 08.00", Swedish time. */
  static String swedish(Date date) {
    return SWEDISH_DATE_TIME.format(EngineTime.toZoned(date));
  }

  private static String withSlash(String url) {
    return url.endsWith("/") ? url : url + "/";
  }
}
