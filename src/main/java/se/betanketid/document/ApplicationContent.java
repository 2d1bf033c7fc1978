package se.betanketid.document;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;
import se.betanketid.calendar.EngineTime;
import se.betanketid.casefile.ApplicantType;

/**
 * The application to Migrationsverket, in the order and under the headings of the form it feeds (195011 for the
 * social welfare board, 194011 for the head of an investigation): applying authority, the person, the presumed
 * exploitation, the grounds, accompanying children, contact person, date, signature. 409 when the case does not
 * hold what it needs (e.g. the board has not decided yet).
 */
@Component
record ApplicationContent(CaseSections sections, DocumentReadiness readiness, IdentityService identities) {

  static final String GROUNDS_LAW = "5 kap. 15 § andra stycket utlänningslagen (2005:716)";
  static final String CHILD_NOTE = "Barnet omfattas inte av vårdnadshavarens uppehållstillstånd för betänketid. "
      + "Barnet behöver en egen grund för att vistas i Sverige.";

  Map<String, Object> model(CaseRecord record) {
    readiness.application(record);
    boolean board = record.applicantType() == ApplicantType.SOCIAL_SERVICES;
    List<Map<String, Object>> parts = new ArrayList<>();
    parts.add(authority(record, board).toMap());
    parts.add(sections.person("2. Personen som ansökan gäller", record).toMap());
    parts.add(exploitation(record, board).toMap());
    parts.add(grounds(record, board).toMap());
    parts.add(children(record).toMap());
    parts.add(contact(record, board).toMap());
    parts.add(new DocumentSection("7. Datum").row("Datum för ansökan", date(record)).toMap());
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("title", "Ansökan om uppehållstillstånd för betänketid");
    model.put("subtitle", board
        ? "Socialnämndens ansökan till Migrationsverket – uppgifterna till blankett 195011"
        : "Förundersökningsledarens ansökan till Migrationsverket – uppgifterna till blankett 194011");
    model.put("caseNumber", record.caseNumber());
    model.put("sections", parts);
    model.put("signatureHeading", "8. Underskrift av den som har delegation");
    model.put("signer", board ? record.text("decisionMadeBy") : null);
    model.put("signerNote", board
        ? "Beslutet att ansöka fattades på delegation från socialnämnden den "
            + record.text("applicationDecisionDate") + "."
        : "Förundersökningsledaren undertecknar.");
    return model;
  }

  private DocumentSection authority(CaseRecord record, boolean board) {
    DocumentSection section = new DocumentSection("1. Sökande myndighet");
    if (board) {
      return section.row("Myndighet", "Socialnämnden i " + sections.municipality(record))
          .row("Beslut om ansökan", "Fattat på delegation av " + record.text("decisionMadeBy") + " den "
              + record.text("applicationDecisionDate"))
          .row("Ärendenummer", record.caseNumber());
    }
    return section.row("Myndighet", "Förundersökningsledaren (polis eller åklagare)")
        .row("Förundersökningsledare", fullName(record.startUserId()))
        .row("Diarienummer hos polis eller åklagare", record.text("investigationReference"))
        .row("Ärendenummer", record.caseNumber());
  }

  private DocumentSection exploitation(CaseRecord record, boolean board) {
    DocumentSection section = new DocumentSection("3. Den presumtiva exploateringen")
        .row("Form av exploatering", sections.exploitationForms(record))
        .row("Identifieringsdatum", record.text("identificationDate"));
    if (board) {
      return section.row("Personen kan antas vara offer för människohandel eller människoexploatering",
              DocumentSection.yesNo(record.get("presumedVictim")))
          .row("Brottet är polisanmält", DocumentSection.yesNo(record.get("policeReported")));
    }
    return section.row("Misstänkt brott", record.text("suspectedCrime"));
  }

  private DocumentSection grounds(CaseRecord record, boolean board) {
    DocumentSection section = new DocumentSection("4. Grunder för ansökan")
        .row("Lagrum", GROUNDS_LAW)
        .row("Ansökan avser", (board ? "Socialnämnden" : "Förundersökningsledaren") + " ansöker om tidsbegränsat "
            + "uppehållstillstånd i 30 dagar för betänketid, så att personen, som det finns anledning att anta har "
            + "utsatts för människohandel eller människoexploatering, kan återhämta sig och ta ställning till om "
            + "hon eller han vill samarbeta med de brottsutredande myndigheterna.");
    if (board) {
      section.row("Omständigheter som talar för att personen är offer", record.text("applicationGrounds"));
    }
    return section;
  }

  private DocumentSection children(CaseRecord record) {
    DocumentSection section = new DocumentSection("5. Medföljande barn");
    List<?> children = record.list("children");
    if (children.isEmpty()) {
      return section.text("Inga medföljande barn är registrerade i ärendet.");
    }
    String form = CaseSections.startForm(record);
    int number = 0;
    for (Object entry : children) {
      Map<?, ?> child = entry instanceof Map<?, ?> map ? map : Map.of();
      number++;
      DocumentSection rows = new DocumentSection("")
          .row("Namn", text(child.get("childName")))
          .row("Födelsedatum", text(child.get("childBirthDate")))
          .row("Medborgarskap", text(child.get("childCitizenship")))
          .row("Barnets uppehållsgrund", sections.labels().option(form, "childCoverage", child.get("childCoverage")));
      section.item("Barn " + number + " av " + children.size(), rows, CHILD_NOTE);
    }
    return section;
  }

  private DocumentSection contact(CaseRecord record, boolean board) {
    DocumentSection section = new DocumentSection("6. Kontaktperson");
    if (board) {
      return section.row("Namn", record.text("contactPersonName"))
          .row("Telefon", record.text("contactPersonPhone"))
          .row("E-post", record.text("contactPersonEmail"));
    }
    User user = record.startUserId() == null ? null
        : identities.createUserQuery().userId(record.startUserId()).singleResult();
    return section.row("Namn", fullName(record.startUserId()))
        .row("E-post", user == null ? null : user.getEmail());
  }

  private String fullName(String userId) {
    User user = userId == null ? null : identities.createUserQuery().userId(userId).singleResult();
    if (user == null) {
      return userId;
    }
    String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
        + (user.getLastName() == null ? "" : user.getLastName())).strip();
    return name.isEmpty() ? userId : name;
  }

  /** The day the application went to Migrationsverket once recorded, else today (the document is a draft). */
  private static String date(CaseRecord record) {
    String sent = record.text("applicationDate");
    return sent != null ? sent : EngineTime.today().toString();
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }
}
