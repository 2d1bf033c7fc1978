package se.betanketid.document;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import se.betanketid.application.SocialServicesApplication;
import se.betanketid.casefile.CaseVariables;

/**
 * The record of the social welfare board's delegated decision whether to apply for a reflection period: the
 * case, what the decision rests on, the decision (for a decline with its reason and the support offered instead),
 * who decided and when, and room for the signature.
 */
@Component
class DecisionRecordContent {

  private static final String FORM = SocialServicesApplication.DECISION_FORM;
  /** The reason chosen from the decision form's list, when the form has one; the free text beside it. */
  static final String DECLINE_REASON = CaseVariables.DECLINE_REASON;

  private final CaseSections sections;
  private final DocumentReadiness readiness;

  DecisionRecordContent(CaseSections sections, DocumentReadiness readiness) {
    this.sections = sections;
    this.readiness = readiness;
  }

  Map<String, Object> model(CaseRecord record) {
    readiness.decisionRecord(record);
    FormLabels labels = sections.labels();
    boolean apply = SocialServicesApplication.APPLY.equals(record.text(SocialServicesApplication.APPLICATION_DECISION));
    List<Map<String, Object>> parts = new ArrayList<>();
    parts.add(new DocumentSection("1. Ärende")
        .row("Ärendenummer", record.caseNumber())
        .row("Nämnd", "Socialnämnden i " + sections.municipality(record))
        .row("Ärende", "Ansökan till Migrationsverket om uppehållstillstånd för betänketid")
        .row("Lagrum", ApplicationContent.GROUNDS_LAW).toMap());
    parts.add(new DocumentSection("2. Personen")
        .row("Namn", record.text("personName"))
        .row("Födelsedatum", record.text("personBirthDate"))
        .row("Medborgarskap", record.text("personCitizenship")).toMap());
    DocumentSection basis = new DocumentSection("3. Underlag")
        .row("Identifieringsdatum", record.text("identificationDate"))
        .row("Form av exploatering", sections.exploitationForms(record))
        .row(labels.field(FORM, "eligibilityReason"), record.text("eligibilityReason"));
    if (record.isTrue(CaseVariables.COORDINATOR_CONSENT)) {
      basis.row(labels.field(FORM, "coordinatorAdvice"), record.text("coordinatorAdvice"))
          .row(labels.field(FORM, "coordinatorRecommendation"),
              labels.option(FORM, "coordinatorRecommendation", record.get("coordinatorRecommendation")));
    } else if (record.isTrue("anonymousConsultation")) {
      basis.row(labels.field(FORM, "anonymousConsultationNotes"), record.text("anonymousConsultationNotes"));
    }
    parts.add(basis.toMap());
    DocumentSection decision = new DocumentSection("4. Beslut")
        .row(labels.field(FORM, "applicationDecision"),
            labels.option(FORM, "applicationDecision", record.get(SocialServicesApplication.APPLICATION_DECISION)));
    if (apply) {
      decision.text("Nämnden ansöker hos Migrationsverket om uppehållstillstånd för betänketid enligt "
          + ApplicationContent.GROUNDS_LAW + ".");
    } else {
      if (record.text(DECLINE_REASON) != null) {
        decision.row(labels.field(FORM, DECLINE_REASON), labels.option(FORM, DECLINE_REASON, record.get(DECLINE_REASON)));
      }
      decision.row(labels.field(FORM, "notApplyingReason"), record.text("notApplyingReason"))
          .row(labels.field(FORM, "alternative"),
              labels.option(FORM, "alternative", record.get(CaseVariables.ALTERNATIVE)));
    }
    parts.add(decision.toMap());
    parts.add(new DocumentSection("5. Beslutsfattare")
        .row(labels.field(FORM, "decisionMadeBy"), record.text("decisionMadeBy"))
        .row(labels.field(FORM, "applicationDecisionDate"), record.text("applicationDecisionDate"))
        .text("Beslutet är fattat på delegation från socialnämnden och anmäls till nämnden enligt "
            + "delegationsordningen.").toMap());
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("title", apply ? "Beslut att ansöka om betänketid" : "Beslut att inte ansöka om betänketid");
    model.put("subtitle", "Socialnämndens delegationsbeslut – protokollsutdrag");
    model.put("caseNumber", record.caseNumber());
    model.put("sections", parts);
    model.put("signatureHeading", "6. Underskrift av beslutsfattaren");
    model.put("signer", record.text("decisionMadeBy"));
    model.put("signerNote", "Beslutsdatum " + record.text("applicationDecisionDate") + ".");
    return model;
  }
}
