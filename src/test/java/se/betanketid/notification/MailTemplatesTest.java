package se.betanketid.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import se.betanketid.ProcessTestCase;

/** Every escalation kind has its Swedish text; an unknown kind still gives a sensible mail. */
class MailTemplatesTest extends ProcessTestCase {

  @Autowired MailTemplates templates;
  @Autowired MailContent content;

  @ParameterizedTest
  @ValueSource(strings = {"ADVICE_OVERDUE", "APPLICATION_OVERDUE", "DECISION_OVERDUE", "NEXT_STEP_OVERDUE",
      "PROTECTION_ASSESSMENT_OVERDUE", "CHILD_BASIS_OVERDUE", "CHILD_INVESTIGATION_OVERDUE"})
  void everyKnownEscalationKindHasItsOwnText(String kind) {
    MailTemplates.RenderedMail mail = render(kind);

    assertThat(mail.subject()).startsWith("Eskalering i ärende BT-2026-00042: ")
        .doesNotContain("Tidsfrist passerad").doesNotContain(kind);
    assertThat(mail.body()).doesNotContain(kind).containsAnyOf("inom tidsfristen", "närmar sig sitt slut");
  }

  @ParameterizedTest
  @ValueSource(strings = {"SOMETHING_NEW_OVERDUE"})
  void anUnknownKindGetsTheGeneralText(String kind) {
    MailTemplates.RenderedMail mail = render(kind);

    assertThat(mail.subject()).isEqualTo("Eskalering i ärende BT-2026-00042: Tidsfrist passerad");
    assertThat(mail.body()).contains("En tidsfrist i ärendet har passerats (SOMETHING_NEW_OVERDUE).");
  }

  private MailTemplates.RenderedMail render(String kind) {
    Notification escalation = new Notification(NotificationKind.ESCALATION, "BT-2026-00042", "task-1",
        "Registrera beslut – BT-2026-00042", new Date(), kind, "instance-1");
    Map<String, Object> model = content.model(escalation);
    return templates.render(NotificationKind.ESCALATION, model);
  }
}
