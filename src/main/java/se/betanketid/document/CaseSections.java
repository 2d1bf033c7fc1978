package se.betanketid.document;

import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import se.betanketid.casefile.ApplicantType;
import se.betanketid.casefile.CaseVariables;
import se.betanketid.municipality.Municipality;
import se.betanketid.municipality.MunicipalityRegistry;

/** The parts both documents share: the person, the municipality, the words of the route's start form. */
@Component
record CaseSections(FormLabels labels, MunicipalityRegistry municipalities) {

  static final String SOCIAL_SERVICES_START = "social-services-start";
  static final String INVESTIGATION_LEADER_START = "investigation-leader-start";

  static String startForm(CaseRecord record) {
    return record.applicantType() == ApplicantType.SOCIAL_SERVICES ? SOCIAL_SERVICES_START
        : INVESTIGATION_LEADER_START;
  }

  /** "Stockholm (0180)", or the code alone when unknown. */
  String municipality(CaseRecord record) {
    String code = record.text(CaseVariables.MUNICIPALITY_CODE);
    return code == null ? null
        : municipalities.find(code).map(Municipality::name).map(name -> name + " (" + code + ")").orElse(code);
  }

  DocumentSection person(String heading, CaseRecord record) {
    String form = startForm(record);
    return new DocumentSection(heading)
        .row("Namn", record.text("personName"))
        .row("Födelsedatum", record.text("personBirthDate"))
        .row("Kön", labels.option(form, "personSex", record.get("personSex")))
        .row("Medborgarskap", record.text("personCitizenship"))
        .row("Identitetshandling", record.text("identityDocument"))
        .row("Språk", record.text("language"))
        .row("Behöver tolk", DocumentSection.yesNo(record.get("interpreterNeeded")))
        .row("Skyddade personuppgifter", DocumentSection.yesNo(record.get(ProtectedIdentityRule.PROTECTED_IDENTITY)))
        .row("Befinner sig i Sverige", DocumentSection.yesNo(record.get("inSweden")))
        .row("Nuvarande uppehållstillstånd i Sverige", labels.option(form, "residencePermit",
            record.get("residencePermit")))
        .row("Kommun där personen vistas", municipality(record));
  }

  /** The forms of exploitation as the start form named them, comma-separated. */
  String exploitationForms(CaseRecord record) {
    List<?> forms = record.list("exploitationForms");
    return forms.stream().map(form -> labels.option(startForm(record), "exploitationForms", form))
        .collect(Collectors.joining(", "));
  }
}
