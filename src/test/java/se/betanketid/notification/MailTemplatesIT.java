package se.betanketid.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import se.betanketid.ProcessTestCase;

/** Every escalation kind has its Swedish text; an unknown kind still gives a sensible mail; child alerts. */
class MailTemplatesIT extends ProcessTestCase {

  @Autowired MailTemplates templates;
  @Autowired MailContent content;

  @ParameterizedTest
  @ValueSource(strings = {"ADVICE_OVERDUE", "APPLICATION_OVERDUE", "DECISION_OVERDUE", "NEXT_STEP_OVERDUE",
      "PROTECTION_ASSESSMENT_OVERDUE", "INITIAL_ASSESSMENT_OVERDUE", "CHILD_BASIS_OVERDUE",
      "CHILD_INVESTIGATION_OVERDUE"})
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

  @org.junit.jupiter.api.Test
  void aChildsEscalationSaysWhichChild() {
    Notification escalation = new Notification(NotificationKind.ESCALATION, "BT-2026-00042", null, null, null,
        "CHILD_BASIS_OVERDUE", "instance-1", "barn 2 av 3");

    MailTemplates.RenderedMail mail = templates.render(NotificationKind.ESCALATION, content.model(escalation));

    assertThat(mail.body()).contains("Gäller: barn 2 av 3 i ärendet").doesNotContain("Uppgift:");
  }

  @org.junit.jupiter.api.Test
  void theChildAlertHasATextForTheGuardiansCaseEnding() {
    Notification first = new Notification(NotificationKind.CHILD_WITHOUT_COVERAGE, "BT-2026-00042", null, null,
        null, null, "instance-1", null);
    Notification again = new Notification(NotificationKind.CHILD_WITHOUT_COVERAGE, "BT-2026-00042", null, null,
        null, "GUARDIAN_CASE_ENDED", "instance-2", "barn 1 av 2");

    MailTemplates.RenderedMail firstMail = templates.render(first.kind(), content.model(first));
    MailTemplates.RenderedMail againMail = templates.render(again.kind(), content.model(again));

    assertThat(firstMail.subject()).isEqualTo("Barn utan uppehållsgrund i ärende BT-2026-00042");
    assertThat(firstMail.body()).contains("Ett medföljande barn i ärende BT-2026-00042 saknar uppehållsgrund");
    assertThat(againMail.subject()).isEqualTo("Barn saknar fortfarande uppehållsgrund i ärende BT-2026-00042");
    assertThat(againMail.body()).contains("Vårdnadshavarens ärende BT-2026-00042 har avslutats, men barn 1 av 2 "
        + "saknar fortfarande uppehållsgrund").contains("#/process-instance/instance-2");
  }

  private MailTemplates.RenderedMail render(String kind) {
    Notification escalation = new Notification(NotificationKind.ESCALATION, "BT-2026-00042", "task-1",
        "Registrera beslut – BT-2026-00042", new Date(), kind, "instance-1", null);
    Map<String, Object> model = content.model(escalation);
    return templates.render(NotificationKind.ESCALATION, model);
  }
}
