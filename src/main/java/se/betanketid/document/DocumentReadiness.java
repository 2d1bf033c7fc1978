package se.betanketid.document;

import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import se.betanketid.application.SocialServicesApplication;
import se.betanketid.casefile.ApplicantType;
import se.betanketid.casefile.Outcome;

/**
 * Whether the case holds what a document needs; if not, 409 with a Swedish message that says what is missing
 * (and, where it helps, which task records it).
 */
@Component
class DocumentReadiness {

  private static final String DECISION_FORM = SocialServicesApplication.DECISION_FORM;

  private final FormLabels labels;

  DocumentReadiness(FormLabels labels) {
    this.labels = labels;
  }

  void application(CaseRecord record) {
    if (record.applicantType() == ApplicantType.SOCIAL_SERVICES) {
      if (Outcome.NOT_ELIGIBLE.name().equals(record.text("outcome"))) {
        throw DocumentRefused.missing("Det finns ingen ansökan: ärendet avslutades eftersom villkoren för "
            + "betänketid inte är uppfyllda.");
      }
      String decision = record.text(SocialServicesApplication.APPLICATION_DECISION);
      if (decision == null) {
        throw DocumentRefused.missing("Ansökan kan inte skapas ännu: nämndens beslut om ansökan är inte "
            + "registrerat (uppgiften \"Besluta om ansökan\").");
      }
      if (SocialServicesApplication.DO_NOT_APPLY.equals(decision)) {
        throw DocumentRefused.missing("Det finns ingen ansökan: nämnden beslutade att inte ansöka om betänketid. "
            + "Hämta beslutsprotokollet i stället.");
      }
      requireAll(record, "Ansökan", List.of(SocialServicesApplication.DECISION_MADE_BY,
          SocialServicesApplication.APPLICATION_DECISION_DATE, SocialServicesApplication.APPLICATION_GROUNDS,
          SocialServicesApplication.CONTACT_PERSON_NAME, SocialServicesApplication.CONTACT_PERSON_PHONE),
          DECISION_FORM);
    }
    requireAll(record, "Ansökan", List.of("personName", "personBirthDate", "personCitizenship"),
        CaseSections.startForm(record));
  }

  void decisionRecord(CaseRecord record) {
    if (record.applicantType() != ApplicantType.SOCIAL_SERVICES) {
      throw DocumentRefused.missing("Det finns inget beslutsprotokoll: ärendet är förundersökningsledarens "
          + "ansökan, och socialnämnden fattar inget beslut om den.");
    }
    if (Outcome.NOT_ELIGIBLE.name().equals(record.text("outcome"))) {
      throw DocumentRefused.missing("Det finns inget beslut om ansökan: ärendet avslutades eftersom villkoren "
          + "för betänketid inte är uppfyllda.");
    }
    String decision = record.text(SocialServicesApplication.APPLICATION_DECISION);
    if (decision == null) {
      throw DocumentRefused.missing("Beslutsprotokollet kan inte skapas ännu: nämndens beslut om ansökan är inte "
          + "registrerat (uppgiften \"Besluta om ansökan\").");
    }
    List<String> needed = List.of(SocialServicesApplication.DECISION_MADE_BY,
        SocialServicesApplication.APPLICATION_DECISION_DATE);
    requireAll(record, "Beslutsprotokollet", needed, DECISION_FORM);
    if (SocialServicesApplication.DO_NOT_APPLY.equals(decision)
        && record.text(DecisionRecordContent.DECLINE_REASON) == null
        && record.text(SocialServicesApplication.NOT_APPLYING_REASON) == null) {
      throw DocumentRefused.missing("Beslutsprotokollet kan inte skapas: uppgifter saknas i ärendet: \""
          + labels.field(DECISION_FORM, SocialServicesApplication.NOT_APPLYING_REASON) + "\".");
    }
  }

  private void requireAll(CaseRecord record, String document, List<String> names, String formId) {
    List<String> missing = names.stream().filter(name -> record.text(name) == null)
        .map(name -> "\"" + labels.field(formId, name) + "\"").toList();
    if (!missing.isEmpty()) {
      throw DocumentRefused.missing(document + " kan inte skapas: uppgifter saknas i ärendet: "
          + missing.stream().collect(Collectors.joining(", ")) + ".");
    }
  }
}
