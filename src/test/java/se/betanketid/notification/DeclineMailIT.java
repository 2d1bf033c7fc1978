package se.betanketid.notification;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import se.betanketid.CaseFixtures;

/**
 * The mail of "Underrätta regionkoordinator om att nämnden avstår": to the region's coordinators only, the case
 * number only (not the reason), and not at all without the person's consent. {@link PersonalDataScan} checks it too.
 */
class DeclineMailIT extends NotificationTestCase {

  @Test
  void theCoordinatorIsToldOfTheDeclineAtOnceWithTheCaseNumberOnly() {
    String caseNumber = decline(true);

    List<MimeMessage> mails = deliver(caseNumber);

    List<MimeMessage> declines = mails.stream()
        .filter(mail -> subjectOf(mail).equals("Nämnden ansöker inte om betänketid i ärende " + caseNumber)).toList();
    assertThat(recipientsOf(declines)).containsExactly("kim@betanketid.example");
    assertThat(bodyOf(declines.get(0))).contains("ärende " + caseNumber, "Nationella stödprogrammet (NSP)",
        "30 dagar", "Registrera stöd från NSP – " + caseNumber)
        .doesNotContain("Personen vill inte", "person_declined", "Cockpit");
    assertThat(recipientsOf(mails.stream().filter(mail -> subjectOf(mail).startsWith("Ny uppgift: Registrera stöd"))
        .toList())).containsExactly("kim@betanketid.example");
  }

  @Test
  void withoutConsentNobodyIsToldOfTheDecline() {
    String caseNumber = decline(false);

    List<MimeMessage> mails = deliver(caseNumber);

    assertThat(mails).noneMatch(mail -> subjectOf(mail).startsWith("Nämnden ansöker inte"));
    assertThat(recipientsOf(mails)).doesNotContain("kim@betanketid.example", "maria@betanketid.example");
  }

  private String decline(boolean consent) {
    ProcessInstance route = runtimeService.startProcessInstanceByKey("SocialServicesApplicationProcess",
        CaseFixtures.socialServicesCase().with("coordinatorConsent", consent).variables());
    String caseNumber = (String) runtimeService.getVariable(route.getId(), "caseNumber");
    if (consent) {
      complete(route, "UserTask_AdviseOnApplication", Map.of("coordinatorAdvice", "Avstå.",
          "coordinatorRecommendation", "do_not_apply"));
    } else {
      complete(route, "UserTask_RecordAnonymousConsultation", Map.of("anonymousConsultation", false));
    }
    deliver(caseNumber);
    TestMailServer.takeAll();
    complete(route, "UserTask_DecideOnApplication", Map.of("applicationDecision", "do_not_apply",
        "decisionMadeBy", "Enhetschef", "applicationDecisionDate", se.betanketid.calendar.EngineTime.today().toString(),
        "declineReason", "person_declined", "notApplyingReason", "Personen vill inte att nämnden ansöker.",
        "alternative", "nsp"));
    return caseNumber;
  }

  private void complete(ProcessInstance route, String key, Map<String, Object> values) {
    taskService.complete(taskService.createTaskQuery().processInstanceId(route.getId()).taskDefinitionKey(key)
        .singleResult().getId(), values);
  }
}
