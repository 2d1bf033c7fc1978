package se.betanketid.document;

import static org.mockito.Mockito.mock;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import se.betanketid.casefile.ApplicantType;
import se.betanketid.municipality.MunicipalityRegistry;

/**
 * Cases as their documents see them, without an engine: two social services' cases with different data (so that
 * one document can be shown to hold nothing of the other), and the content builders wired as Spring wires them.
 */
final class DocumentCases {

  static final FormLabels LABELS = new FormLabels();
  static final DocumentReadiness READINESS = new DocumentReadiness(LABELS);
  static final CaseSections SECTIONS = new CaseSections(LABELS, new MunicipalityRegistry());
  static final ApplicationContent APPLICATION = new ApplicationContent(SECTIONS, READINESS, mock(IdentityService.class));
  static final DecisionRecordContent DECISION_RECORD = new DecisionRecordContent(SECTIONS, READINESS);

  /** A decided case (apply) in Stockholm with two children; every value is one to look for in the PDF. */
  static Map<String, Object> first() {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("personName", "Åsa Öberg-Ärlig");
    v.put("personBirthDate", "1994-02-17");
    v.put("personSex", "female");
    v.put("personCitizenship", "Rumänien");
    v.put("identityDocument", "Pass RO1234567");
    v.put("language", "rumänska");
    v.put("interpreterNeeded", true);
    v.put("protectedIdentity", false);
    v.put("inSweden", true);
    v.put("residencePermit", "none");
    v.put("exploitationForms", List.of("sexual", "begging"));
    v.put("presumedVictim", true);
    v.put("municipalityCode", "0180");
    v.put("identificationDate", "2026-11-02");
    v.put("coordinatorConsent", true);
    v.put("eligibilityReason", "Villkoren är uppfyllda enligt prövningen.");
    v.put("coordinatorAdvice", "Regionkoordinatorn rekommenderar ansökan snarast.");
    v.put("coordinatorRecommendation", "apply");
    v.put("applicationDecision", "apply");
    v.put("decisionMadeBy", "Gunilla Sektionschefsson");
    v.put("applicationDecisionDate", "2026-11-03");
    v.put("applicationGrounds", "Hittades i en lägenhet i Husby; berättar om skuld till förmedlaren.");
    v.put("policeReported", true);
    v.put("contactPersonName", "Sara Socialsekreterare");
    v.put("contactPersonPhone", "08-508 123 45");
    v.put("contactPersonEmail", "sara.kontakt@stockholm.example");
    v.put("applicationDate", "2026-11-04");
    v.put("children", List.of(
        child("Ella Öberg", "2019-05-01", "Rumänien", "none_known"),
        child("Noa Öberg", "2021-09-30", "Sverige", "swedish_citizen")));
    return v;
  }

  /** Another decided case (apply) in Göteborg, without children, sharing no value with {@link #first()}. */
  static Map<String, Object> second() {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("personName", "Maja Ljungqvist");
    v.put("personBirthDate", "1988-12-24");
    v.put("personSex", "other");
    v.put("personCitizenship", "Nigeria");
    v.put("identityDocument", "ID-kort NG998877");
    v.put("language", "engelska");
    v.put("interpreterNeeded", false);
    v.put("protectedIdentity", false);
    v.put("inSweden", true);
    v.put("residencePermit", "none");
    v.put("exploitationForms", List.of("labour"));
    v.put("presumedVictim", true);
    v.put("municipalityCode", "1480");
    v.put("identificationDate", "2026-10-20");
    v.put("coordinatorConsent", false);
    v.put("eligibilityReason", "Prövad av handläggaren i Göteborg.");
    v.put("applicationDecision", "apply");
    v.put("decisionMadeBy", "Per Enhetschefsson");
    v.put("applicationDecisionDate", "2026-10-21");
    v.put("applicationGrounds", "Arbetade utan lön på en restaurang i Angered.");
    v.put("policeReported", false);
    v.put("contactPersonName", "Nils Kontaktsson");
    v.put("contactPersonPhone", "031-365 00 00");
    v.put("contactPersonEmail", "nils.kontakt@goteborg.example");
    return v;
  }

  static Map<String, Object> child(String name, String birthDate, String citizenship, String coverage) {
    return Map.of("childName", name, "childBirthDate", birthDate, "childCitizenship", citizenship,
        "childCoverage", coverage);
  }

  static CaseRecord socialServices(String caseNumber, Map<String, Object> variables) {
    return new CaseRecord(caseNumber, "pi-" + caseNumber, ApplicantType.SOCIAL_SERVICES, "sara",
        new HashMap<>(variables));
  }

  static Map<String, Object> with(Map<String, Object> variables, String name, Object value) {
    Map<String, Object> copy = new HashMap<>(variables);
    copy.put(name, value);
    return copy;
  }

  private DocumentCases() {}
}
