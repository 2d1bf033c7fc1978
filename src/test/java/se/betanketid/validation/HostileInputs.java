package se.betanketid.validation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import se.betanketid.CaseFixtures;
import se.betanketid.calendar.EngineTime;

/**
 * Hostile start forms: what a REST client might send instead of what Tasklist sends, and which field the refusal
 * must name. Each row changes a valid start (CaseFixtures) in one way.
 */
final class HostileInputs {

  static final String SOCIAL_SERVICES = "social-services-start";
  static final String INVESTIGATION_LEADER = "investigation-leader-start";
  static final String ONE_MEGABYTE = "A".repeat(1024 * 1024);

  /** One hostile start: the form, what is changed, and the field and the words the refusal must have. */
  record Start(String form, String description, Consumer<Map<String, Object>> change, String field,
      String message) {

    Map<String, Object> variables() {
      CaseFixtures fixture = form.equals(SOCIAL_SERVICES) ? CaseFixtures.socialServicesCase()
          : CaseFixtures.investigationLeaderCase();
      Map<String, Object> variables = new LinkedHashMap<>(fixture.restVariables());
      change.accept(variables);
      return variables;
    }

    @Override
    public String toString() {
      return form + ": " + description;
    }
  }

  static List<Start> starts() {
    String tomorrow = EngineTime.today().plusDays(1).toString();
    return List.of(
        ss("personName saknas", v -> v.remove("personName"), "personName", "Fältet \"Namn\" måste fyllas i."),
        ss("personBirthDate saknas", v -> v.remove("personBirthDate"), "personBirthDate", "måste fyllas i"),
        ss("exploitationForms saknas", v -> v.remove("exploitationForms"), "exploitationForms", "måste fyllas i"),
        ss("inga fält alls", Map::clear, null, "Fältet"),
        ss("namn som tal", v -> v.put("personName", typed(42, "Integer")), "personName", "måste vara text"),
        ss("namn som ja/nej", v -> v.put("personName", typed(true, "Boolean")), "personName", "måste vara text"),
        ss("namn som objekt", v -> v.put("personName", typed("{\"first\":\"Testa\"}", "Json")), "personName",
            "måste vara text"),
        ss("tolk som text", v -> v.put("interpreterNeeded", typed("ja", "String")), "interpreterNeeded",
            "måste vara ja eller nej"),
        ss("skyddad identitet som tal", v -> v.put("protectedIdentity", typed(1, "Integer")), "protectedIdentity",
            "måste vara ja eller nej"),
        ss("samtycke som text", v -> v.put("coordinatorConsent", typed("true", "String")), "coordinatorConsent",
            "måste vara ja eller nej"),
        ss("födelsedatum som objekt", v -> v.put("personBirthDate", typed("{\"year\":1998}", "Json")),
            "personBirthDate", "måste vara ett datum"),
        ss("födelsedatum som Date", v -> v.put("personBirthDate", typed("1998-03-14T00:00:00.000+0100", "Date")),
            "personBirthDate", "måste vara ett datum"),
        ss("födelsedatum som tal", v -> v.put("personBirthDate", typed(19980314, "Integer")), "personBirthDate",
            "måste vara ett datum"),
        ss("exploatering som text", v -> v.put("exploitationForms", typed("sexual", "String")),
            "exploitationForms", "måste vara en lista av val"),
        ss("okänd exploatering", v -> v.put("exploitationForms", typed("[\"slavery\"]", "Json")),
            "exploitationForms", "inte finns bland valen"),
        ss("ingen exploatering vald", v -> v.put("exploitationForms", typed("[]", "Json")), "exploitationForms",
            "minst ett val"),
        ss("okänt kön", v -> v.put("personSex", typed("unknown", "String")), "personSex", "inte finns bland valen"),
        ss("kommunkod med fem siffror", v -> v.put("municipalityCode", typed("01800", "String")),
            "municipalityCode", "inte finns bland valen"),
        ss("kommunkod med SQL", v -> v.put("municipalityCode", typed("0180' OR '1'='1", "String")),
            "municipalityCode", "inte finns bland valen"),
        ss("kommunkod för en annan kommun än sin egen", v -> v.put("municipalityCode", typed("1480", "String")),
            "municipalityCode", "Fältet \"Kommun\" har kommunkoden 1480, men du kan bara öppna ärenden för 0180."),
        ss("namn på 1 MB", v -> v.put("personName", typed(ONE_MEGABYTE, "String")), "personName",
            "får vara högst 200 tecken"),
        ss("medborgarskap på 1 MB", v -> v.put("personCitizenship", typed(ONE_MEGABYTE, "String")),
            "personCitizenship", "får vara högst 100 tecken"),
        ss("identitetshandling på 1 MB", v -> v.put("identityDocument", typed(ONE_MEGABYTE, "String")),
            "identityDocument", "får vara högst 200 tecken"),
        ss("30 februari", v -> v.put("personBirthDate", typed("2026-02-30", "String")), "personBirthDate",
            "Fältet \"Födelsedatum\" är inte ett giltigt datum: den dagen finns inte"),
        ss("datum som 31/12/2026", v -> v.put("identificationDate", typed("31/12/2026", "String")),
            "identificationDate", "är inte ett giltigt datum"),
        ss("år 0000", v -> v.put("personBirthDate", typed("0000-01-01", "String")), "personBirthDate",
            "är inte ett rimligt datum"),
        ss("födelsedatum i framtiden", v -> v.put("personBirthDate", typed(tomorrow, "String")), "personBirthDate",
            "kan inte vara ett datum i framtiden"),
        ss("identifierad före födelsen", v -> {
          v.put("personBirthDate", typed(EngineTime.today().minusDays(1).toString(), "String"));
          v.put("identificationDate", typed(EngineTime.today().minusDays(10).toString(), "String"));
        }, "identificationDate", "kan inte vara före \"Födelsedatum\""),
        ss("barn som text", v -> v.put("children", typed("barn", "String")), "children", "måste vara en lista"),
        ss("barn som lista av tal", v -> v.put("children", typed("[1, 2]", "Json")), "children",
            "rad 1 är inte ifylld rätt"),
        ss("barnets namn som tal", v -> v.put("children", typed("[{\"childName\":42,\"childBirthDate\":\"2019-07-02\","
            + "\"childCitizenship\":\"Nigeria\",\"childCoverage\":\"none_known\"}]", "Json")), "childName",
            "Medföljande barn, rad 1: Fältet \"Barnets namn\" måste vara text."),
        ss("barnets namn på 1 MB", v -> v.put("children", typed("[{\"childName\":\"" + ONE_MEGABYTE + "\","
            + "\"childBirthDate\":\"2019-07-02\",\"childCitizenship\":\"Nigeria\",\"childCoverage\":\"none_known\"}]",
            "Json")), "childName", "högst 200 tecken"),
        ss("ärendenummer skickat av klienten", v -> v.put("caseNumber", typed("BT-2026-99999", "String")),
            "caseNumber", "finns inte i formuläret"),
        ss("okänt fält", v -> v.put("isAdmin", typed(true, "Boolean")), "isAdmin", "finns inte i formuläret"),
        il("diarienummer saknas", v -> v.remove("investigationReference"), "investigationReference",
            "måste fyllas i"),
        il("misstänkt brott på 1 MB", v -> v.put("suspectedCrime", typed(ONE_MEGABYTE, "String")), "suspectedCrime",
            "får vara högst 200 tecken"),
        il("okänd kommun", v -> v.put("municipalityCode", typed("9999", "String")), "municipalityCode",
            "inte finns bland valen"),
        il("30 februari", v -> v.put("personBirthDate", typed("2026-02-30", "String")), "personBirthDate",
            "Fältet \"Födelsedatum\" är inte ett giltigt datum: den dagen finns inte"),
        il("år 0000", v -> v.put("identificationDate", typed("0000-12-31", "String")), "identificationDate",
            "är inte ett rimligt datum"),
        il("födelsedatum i framtiden", v -> v.put("personBirthDate", typed(tomorrow, "String")), "personBirthDate",
            "kan inte vara ett datum i framtiden"),
        il("namn som objekt", v -> v.put("personName", typed("{\"first\":\"Testa\"}", "Json")), "personName",
            "måste vara text"),
        il("engine-only applicantType", v -> v.put("applicantType", typed("SOCIAL_SERVICES", "String")),
            "applicantType", "finns inte i formuläret"));
  }

  static Map<String, Object> typed(Object value, String type) {
    Map<String, Object> dto = new LinkedHashMap<>();
    dto.put("value", value);
    dto.put("type", type);
    return dto;
  }

  private static Start ss(String description, Consumer<Map<String, Object>> change, String field, String message) {
    return new Start(SOCIAL_SERVICES, description, change, field, message);
  }

  private static Start il(String description, Consumer<Map<String, Object>> change, String field, String message) {
    return new Start(INVESTIGATION_LEADER, description, change, field, message);
  }

  private HostileInputs() {}
}
