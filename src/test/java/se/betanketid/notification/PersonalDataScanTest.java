package se.betanketid.notification;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import se.betanketid.CaseFixtures;

/** The scan itself: it must see what a leaking mail would carry, and not cry wolf. */
class PersonalDataScanTest {

  @Test
  void findsTheFixturesPersonalDataInSubjectAndBody() throws Exception {
    MimeMessage mail = mail("Ny uppgift – " + CaseFixtures.PERSON_NAME, "Född 14 mars 1998, medborgare i "
        + CaseFixtures.PERSON_CITIZENSHIP + ". " + CaseFixtures.CHILD_NAMES_PREFIX + " 1. Utsatt för tiggeri.");

    String text = PersonalDataScan.textOf(mail);

    assertThat(PersonalDataScan.leaksIn(text, PersonalDataScan.forbiddenFor(text))).contains(
        CaseFixtures.PERSON_NAME, CaseFixtures.PERSON_CITIZENSHIP, CaseFixtures.CHILD_NAMES_PREFIX,
        "14 mars 1998", "tiggeri");
  }

  @Test
  void findsBirthDatesInEveryCommonForm() {
    var forbidden = PersonalDataScan.forbiddenFor("");
    for (String form : new String[] {"1998-03-14", "19980314", "980314", "14/3 1998"}) {
      assertThat(PersonalDataScan.leaksIn("personnummer " + form + "-1234", forbidden)).as(form).isNotEmpty();
    }
  }

  @Test
  void aMailLikeOursPasses() throws Exception {
    MimeMessage mail = mail("Ny uppgift: Granska ärendet – BT-2026-00042", "Uppgift: Granska ärendet – "
        + "BT-2026-00042\nSka vara klar: tisdag 1 december 2026 kl. 13.00\nhttp://localhost:8080/camunda/app/"
        + "tasklist/default/#/?task=4eeccaf5-eb23-11f1-a78d-02fc00000001\nSäkra barnets skydd.");

    String text = PersonalDataScan.textOf(mail);

    assertThat(PersonalDataScan.leaksIn(text, PersonalDataScan.forbiddenFor(text))).isEmpty();
  }

  private static MimeMessage mail(String subject, String body) throws Exception {
    MimeMessage mail = new MimeMessage(Session.getInstance(new Properties()));
    mail.setSubject(subject, "UTF-8");
    mail.setText(body, "UTF-8");
    mail.saveChanges();
    return mail;
  }
}
