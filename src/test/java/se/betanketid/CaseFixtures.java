package se.betanketid;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import se.betanketid.calendar.EngineTime;

/**
 * Valid start data for a case, as a Tasklist start form submits it, with the test persons' data in one
 * place (the personal-data scan of e-mails looks for exactly these values).
 */
public final class CaseFixtures {

  public static final String PERSON_NAME = "Testa Personsdottir";
  public static final String PERSON_BIRTH_DATE = "1998-03-14";
  public static final String PERSON_CITIZENSHIP = "Moldavien";
  public static final String CHILD_NAMES_PREFIX = "Barnet Testsson";
  public static final String CHILD_BIRTH_DATE = "2019-07-02";
  public static final String CHILD_CITIZENSHIP = "Nigeria";

  /** Values that must never appear in an e-mail, a log line or a task name. */
  public static final List<String> PERSONAL_DATA =
      List.of(PERSON_NAME, PERSON_BIRTH_DATE, PERSON_CITIZENSHIP, CHILD_NAMES_PREFIX, CHILD_BIRTH_DATE,
          CHILD_CITIZENSHIP);

  private final Map<String, Object> values = new LinkedHashMap<>();
  private final List<Map<String, Object>> children = new ArrayList<>();

  private CaseFixtures() {
    this(true);
  }

  private CaseFixtures(boolean person) {
    if (!person) {
      return;
    }
    values.put("personName", PERSON_NAME);
    values.put("personBirthDate", PERSON_BIRTH_DATE);
    values.put("personSex", "female");
    values.put("personCitizenship", PERSON_CITIZENSHIP);
    values.put("language", "rumänska");
    values.put("interpreterNeeded", true);
    values.put("protectedIdentity", false);
    values.put("exploitationForms", List.of("sexual"));
    values.put("residencePermit", "none");
    values.put("inSweden", true);
    values.put("identificationDate", EngineTime.today().toString());
  }

  /** A social services' case in Stockholm (0180) with consent to contact a coordinator. */
  public static CaseFixtures socialServicesCase() {
    CaseFixtures fixture = new CaseFixtures();
    fixture.values.put("municipalityCode", "0180");
    fixture.values.put("presumedVictim", true);
    fixture.values.put("coordinatorConsent", true);
    fixture.values.put("referredByCoordinator", false);
    return fixture;
  }

  /** An investigation leader's case; the person stays in Stockholm (0180). */
  public static CaseFixtures investigationLeaderCase() {
    CaseFixtures fixture = new CaseFixtures();
    fixture.values.put("municipalityCode", "0180");
    fixture.values.put("investigationReference", "5000-K123456-26");
    fixture.values.put("suspectedCrime", "Människohandel");
    return fixture;
  }

  /**
   * What a called process (ReflectionPeriodProcess, AccompanyingChildProcess) receives from its social services'
   * case, for a test that starts one at a task: the case's keys, its dates around {@code today}, one child.
   */
  public static CaseFixtures calledProcessCase(String caseNumber, String municipalityCode, String policeRegion,
      LocalDate today) {
    CaseFixtures fixture = new CaseFixtures(false);
    fixture.values.put("caseNumber", caseNumber);
    fixture.values.put("applicantType", "SOCIAL_SERVICES");
    fixture.values.put("municipalityCode", municipalityCode);
    fixture.values.put("policeRegion", policeRegion);
    fixture.values.put("identificationDate", today.minusDays(3).toString());
    fixture.values.put("applicationDate", today.minusDays(2).toString());
    fixture.values.put("validUntil", today.plusDays(29).toString());
    fixture.values.put("permitValidUntil", today.plusDays(180).toString());
    fixture.values.put("guardianValidUntil", today.plusDays(29).toString());
    fixture.values.put("childLabel", "barn 1 av 1");
    fixture.values.put("childNumber", 1);
    fixture.values.put("childCount", 1);
    Map<String, Object> child = new LinkedHashMap<>();
    child.put("childName", "Barnet Formulärsson");
    child.put("childBirthDate", "2019-07-02");
    child.put("childCitizenship", "Moldavien");
    child.put("childCoverage", "none_known");
    fixture.values.put("child", child);
    fixture.values.put("children", List.of());
    return fixture;
  }

  public CaseFixtures with(String key, Object value) {
    if (value == null) {
      values.remove(key);
    } else {
      values.put(key, value);
    }
    return this;
  }

  public CaseFixtures identifiedOn(LocalDate day) {
    return with("identificationDate", day.toString());
  }

  /** Adds a child whose possible cover is one of swedish_citizen, own_permit, asylum, eu_right, ... */
  public CaseFixtures withChild(String coverage) {
    Map<String, Object> child = new LinkedHashMap<>();
    child.put("childName", CHILD_NAMES_PREFIX + " " + (children.size() + 1));
    child.put("childBirthDate", CHILD_BIRTH_DATE);
    child.put("childCitizenship", CHILD_CITIZENSHIP);
    child.put("childCoverage", coverage);
    children.add(child);
    return this;
  }

  /** The values for RuntimeService (lists as Spin Json, as Tasklist submits them). */
  public VariableMap variables() {
    VariableMap variables = Variables.createVariables();
    values.forEach((key, value) -> variables.put(key, isJson(value) ? json(value) : value));
    if (!children.isEmpty()) {
      variables.put("children", json(children));
    }
    return variables;
  }

  /** The values in the REST API's format ({"name": {"value": …, "type": …}}). */
  public Map<String, Object> restVariables() {
    Map<String, Object> rest = new LinkedHashMap<>();
    values.forEach((key, value) -> rest.put(key, restValue(value)));
    if (!children.isEmpty()) {
      rest.put("children", restValue(children));
    }
    return rest;
  }

  /** Lists and objects go to the engine as Spin Json, as Tasklist submits them. */
  private static boolean isJson(Object value) {
    return value instanceof List<?> || value instanceof Map<?, ?>;
  }

  private static Object json(Object value) {
    return SpinValues.jsonValue(toJson(value)).create();
  }

  private static Map<String, Object> restValue(Object value) {
    Map<String, Object> dto = new LinkedHashMap<>();
    if (isJson(value)) {
      dto.put("value", toJson(value));
      dto.put("type", "Json");
    } else {
      dto.put("value", value);
      dto.put("type", value instanceof Boolean ? "Boolean" : value instanceof Integer ? "Integer" : "String");
    }
    return dto;
  }

  private static String toJson(Object value) {
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(value);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
