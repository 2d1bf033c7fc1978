package se.betanketid.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** Configuration: prod refuses to start without SMTP settings; no server at start gives one warning. */
@ExtendWith(OutputCaptureExtension.class)
class MailSettingsTest {

  @Test
  void prodNamesEveryMissingSetting() {
    assertThatThrownBy(() -> ProductionMailSettings.requireComplete("", null, "betanketid@kommun.se", " "))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("The prod profile sends e-mail notifications and needs SMTP settings: set SMTP_HOST, "
            + "SMTP_PORT, TASKLIST_URL (see docs/notifications.md).");
  }

  @Test
  void prodStartsWithCompleteSettings() {
    ProductionMailSettings.requireComplete("smtp.kommun.se", "587", "betanketid@kommun.se",
        "https://betanketid.kommun.se/camunda/app/tasklist/default/");
  }

  @Test
  void noServerAtStartIsOneClearWarning(CapturedOutput output) throws Exception {
    JavaMailSenderImpl smtp = new JavaMailSenderImpl();
    smtp.setHost("localhost");
    smtp.setPort(freePort());

    assertThat(MailServerCheck.check(smtp)).isFalse();

    assertThat(output.getAll().lines().filter(line -> line.contains("WARN")).toList()).singleElement()
        .asString().contains("No SMTP server answers at localhost:" + smtp.getPort())
        .contains("retried").contains("docs/notifications.md");
  }

  @Test
  void aServerAtStartIsNoWarning(CapturedOutput output) {
    TestMailServer.start();
    JavaMailSenderImpl smtp = new JavaMailSenderImpl();
    smtp.setHost("127.0.0.1");
    smtp.setPort(TestMailServer.port());

    assertThat(MailServerCheck.check(smtp)).isTrue();
    assertThat(output.getAll()).doesNotContain("WARN");
  }

  private static int freePort() throws Exception {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
