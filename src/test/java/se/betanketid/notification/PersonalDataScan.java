package se.betanketid.notification;

import jakarta.mail.Header;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import se.betanketid.CaseFixtures;

/**
 * Fails the test in which any e-mail reached the test SMTP server ({@link TestMailServer}) with a test
 * person's data in it: {@link CaseFixtures#PERSONAL_DATA} (birth dates also as 19980314, 980314,
 * 14 mars 1998), words naming a form of exploitation, and every personal variable (name, birth date,
 * citizenship, identity document, language, children, ...) of the case whose number the mail carries.
 * Registered for the whole suite through JUnit's extension auto-detection
 * ({@code META-INF/services/org.junit.jupiter.api.extension.Extension}, {@code junit-platform.properties}).
 */
public class PersonalDataScan implements AfterEachCallback {

  static final String[] PERSONAL_VARIABLES = {"personName", "personBirthDate", "personCitizenship",
      "identityDocument", "language", "exploitationForms", "children", "child", "investigationReference",
      "suspectedCrime"};
  /** Exploitation codes (whole words) and Swedish stems (anywhere) that would tell the form of exploitation. */
  static final List<String> EXPLOITATION_CODES = List.of("sexual", "labour", "criminal", "begging", "household",
      "forced_marriage", "organ_trafficking", "military_service");
  static final List<String> EXPLOITATION_STEMS = List.of("sexuell", "tvångsarbete", "arbetskraftsexploat",
      "tiggeri", "brottslig verksamhet", "hushållsarbete", "exploater", "prostitution", "kriminella ändamål",
      "tvångsäktenskap", "organhandel", "krigstjänst");
  private static final Pattern CASE_NUMBER = Pattern.compile("BT-\\d{4}-\\d{5}");
  private static final Pattern JSON_STRING = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final int SHORTEST = 4;
  private static int scanned;

  /** Created by JUnit at start (auto-detection): fixes the test SMTP port before any Spring context. */
  public PersonalDataScan() {
    TestMailServer.port();
  }

  @Override
  public void afterEach(ExtensionContext context) throws Exception {
    List<MimeMessage> mails = TestMailServer.takeAll();
    List<String> leaks = new ArrayList<>();
    for (MimeMessage mail : mails) {
      String text = textOf(mail);
      for (String leak : leaksIn(text, forbiddenFor(text))) {
        leaks.add("mail '" + mail.getSubject() + "' contains '" + leak + "'");
      }
    }
    scanned += mails.size();
    if (!leaks.isEmpty()) {
      throw new AssertionError("Personal data in e-mail: " + leaks);
    }
  }

  static int scannedSoFar() {
    return scanned;
  }

  /** The forbidden words (whole words, ignoring case) and exploitation stems found in the text. */
  static List<String> leaksIn(String text, Set<String> words) {
    String lower = text.toLowerCase(Locale.ROOT);
    List<String> leaks = new ArrayList<>();
    for (String word : words) {
      String quoted = Pattern.quote(word.toLowerCase(Locale.ROOT));
      if (Pattern.compile("(?<![\\p{L}\\p{N}])" + quoted + "(?![\\p{L}\\p{N}])").matcher(lower).find()) {
        leaks.add(word);
      }
    }
    EXPLOITATION_STEMS.stream().filter(lower::contains).forEach(leaks::add);
    return leaks;
  }

  /** Headers, decoded subject and every text part, decoded. */
  static String textOf(MimeMessage mail) throws Exception {
    StringBuilder text = new StringBuilder();
    for (Enumeration<Header> headers = mail.getAllHeaders(); headers.hasMoreElements(); ) {
      Header header = headers.nextElement();
      text.append(header.getName()).append(": ").append(header.getValue()).append('\n');
    }
    text.append(mail.getSubject()).append('\n');
    appendContent(mail, text);
    return text.toString();
  }

  private static void appendContent(Part part, StringBuilder text) throws Exception {
    Object content = part.getContent();
    if (content instanceof String string) {
      text.append(string).append('\n');
    } else if (content instanceof Multipart multipart) {
      for (int i = 0; i < multipart.getCount(); i++) {
        appendContent(multipart.getBodyPart(i), text);
      }
    }
  }

  /** The fixtures' personal data, exploitation codes, and the personal variables of the cases named. */
  static Set<String> forbiddenFor(String text) {
    Set<String> values = new TreeSet<>();
    CaseFixtures.PERSONAL_DATA.forEach(value -> addValue(value, values));
    values.addAll(EXPLOITATION_CODES);
    Matcher caseNumbers = CASE_NUMBER.matcher(text);
    while (caseNumbers.find()) {
      for (ProcessEngine engine : ProcessEngines.getProcessEngines().values()) {
        addCaseValues(engine.getHistoryService(), caseNumbers.group(), values);
      }
    }
    values.removeIf(value -> value.length() < SHORTEST);
    return values;
  }

  private static void addCaseValues(HistoryService history, String caseNumber, Set<String> values) {
    String[] instances = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
        .list().stream().map(HistoricProcessInstance::getId).toArray(String[]::new);
    if (instances.length > 0) {
      for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery()
          .processInstanceIdIn(instances).variableNameIn(PERSONAL_VARIABLES).list()) {
        addValue(variable.getValue(), values);
      }
    }
  }

  private static void addValue(Object value, Set<String> values) {
    if (value == null) {
      return;
    }
    String text = value.toString();
    if (!(value instanceof String)) {
      Matcher strings = JSON_STRING.matcher(text);
      while (strings.find()) {
        addValue(strings.group(1), values);
      }
      return;
    }
    values.add(text.strip());
    if (ISO_DATE.matcher(text).matches()) {
      values.addAll(dateForms(text));
    }
  }

  /** A birth date as it might be written: 1998-03-14, 19980314, 980314, 14 mars 1998, 14/3 1998. */
  static List<String> dateForms(String isoDate) {
    LocalDate date = LocalDate.parse(isoDate);
    return List.of(isoDate, date.format(DateTimeFormatter.BASIC_ISO_DATE),
        date.format(DateTimeFormatter.ofPattern("yyMMdd")),
        date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("sv-SE"))),
        date.format(DateTimeFormatter.ofPattern("d/M yyyy")));
  }
}
