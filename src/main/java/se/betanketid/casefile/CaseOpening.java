package se.betanketid.casefile;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.spin.plugin.variable.SpinValues;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import se.betanketid.engine.Commands;
import se.betanketid.engine.Commands.User;
import se.betanketid.identity.Role;
import se.betanketid.municipality.MunicipalityRegistry;
import se.betanketid.validation.CaseValidationException;
import se.betanketid.validation.EditableFields;
import se.betanketid.validation.FieldRules;
import se.betanketid.validation.FormValidation;
import se.betanketid.validation.FormSchemaValidator;

/**
 * Opens a case when a route starts from its start form: validates what was submitted, assigns the case
 * number as business key and sets the variables the engine derives (docs/architecture.md).
 */
@Service
public class CaseOpening {

  private static final Logger LOG = LoggerFactory.getLogger(CaseOpening.class);

  private final FormValidation validation;
  private final FormSchemaValidator forms;
  private final CaseNumbers caseNumbers;
  private final MunicipalityRegistry municipalities;
  private final DuplicateStarts duplicates;
  private final ProtectedIdentitySeal protectedIdentity;
  private final EditableFields editable;
  private final StarterMunicipalities starterMunicipalities;

  CaseOpening(FormValidation validation, FormSchemaValidator forms, CaseNumbers caseNumbers,
      MunicipalityRegistry municipalities, DuplicateStarts duplicates, ProtectedIdentitySeal protectedIdentity,
      EditableFields editable, StarterMunicipalities starterMunicipalities) {
    this.protectedIdentity = protectedIdentity;
    this.validation = validation;
    this.forms = forms;
    this.caseNumbers = caseNumbers;
    this.municipalities = municipalities;
    this.duplicates = duplicates;
    this.editable = editable;
    this.starterMunicipalities = starterMunicipalities;
  }

  public void open(DelegateExecution execution, String startFormId) {
    VariableMap submitted = validation.readValues(startFormId, execution);
    refuseUnknown(submitted.keySet(), startFormId);
    editable.check(startFormId, Map.of(), typed(submitted));
    validation.validate(startFormId, submitted);
    String municipalityCode = municipalityOf(execution);
    refuseOtherMunicipality(execution, startFormId, municipalityCode);
    duplicates.check(userIdOf(execution), startFormId, submitted);
    String caseNumber = caseNumbers.next();
    execution.setProcessBusinessKey(caseNumber);
    execution.setVariable(CaseVariables.CASE_NUMBER, caseNumber);
    ApplicantType.ofProcess(processKey(execution))
        .ifPresent(applicant -> execution.setVariable(CaseVariables.APPLICANT_TYPE, applicant.name()));
    execution.setVariable(CaseVariables.MUNICIPALITY_CODE, municipalityCode);
    execution.setVariable(CaseVariables.POLICE_REGION, municipalities.regionOf(municipalityCode));
    execution.setVariable(CaseVariables.VIA_REGIONAL_COORDINATOR,
        Boolean.TRUE.equals(execution.getVariable(CaseVariables.REFERRED_BY_COORDINATOR)));
    if (execution.getVariable(CaseVariables.CHILDREN) == null) {
      execution.setVariable(CaseVariables.CHILDREN, SpinValues.jsonValue("[]").create());
    }
    protectedIdentity.sealIfProtected(execution, caseNumber);
    LOG.info("Case {} opened ({}, municipality {})", caseNumber, processKey(execution), municipalityCode);
  }

  private void refuseUnknown(Set<String> submitted, String startFormId) {
    Set<String> allowed = forms.keys(startFormId);
    for (String name : submitted) {
      if (!allowed.contains(name) || CaseVariables.ENGINE_ONLY.contains(name)) {
        throw FieldRules.refused(name, name, "finns inte i formuläret");
      }
    }
  }

  /** The municipality given, or else the starter's own (their single socialtjanst-* group). */
  private String municipalityOf(DelegateExecution execution) {
    Object given = execution.getVariable(CaseVariables.MUNICIPALITY_CODE);
    String code = given instanceof String text && !text.isBlank() ? text.trim() : ownMunicipality(execution);
    if (code == null) {
      throw FieldRules.refused(CaseVariables.MUNICIPALITY_CODE, "Kommun", "måste fyllas i (kommunkod med fyra siffror)");
    }
    if (municipalities.find(code).isEmpty()) {
      throw FieldRules.refused(CaseVariables.MUNICIPALITY_CODE, "Kommun",
          "har en okänd kommunkod: ange kommunkoden med fyra siffror, t.ex. 0180");
    }
    return code;
  }

  /**
   * On the social services' route a person opens a case only for a municipality she works for (her
   * {@code socialtjanst-<code>} groups, or one her municipality serves by agreement); administrators and the
   * engine itself are not limited. The investigation leader's route takes any municipality.
   */
  private void refuseOtherMunicipality(DelegateExecution execution, String startFormId, String code) {
    User user = Commands.currentUser(execution.getProcessEngineServices()).orElse(null);
    boolean socialServices = ApplicantType.ofProcess(processKey(execution))
        .filter(ApplicantType.SOCIAL_SERVICES::equals).isPresent();
    if (!socialServices || user == null || isAdmin(user)) {
      return;
    }
    Set<String> allowed = starterMunicipalities.of(user.groups());
    if (!allowed.contains(code)) {
      throw new CaseValidationException(CaseVariables.MUNICIPALITY_CODE, "Fältet \""
          + forms.label(startFormId, CaseVariables.MUNICIPALITY_CODE) + "\" har kommunkoden " + code
          + ", men du kan bara öppna ärenden för " + (allowed.isEmpty() ? "kommuner vars socialtjänst du arbetar för"
          : String.join(", ", allowed)) + ". Kontrollera kommunkoden.");
    }
  }

  private static boolean isAdmin(User user) {
    return user.groups().stream()
        .anyMatch(group -> Role.ofGroup(group).filter(Role.ADMIN::equals).isPresent());
  }

  /** The submitted values typed as the engine holds them (a Json value not deserialized stays so). */
  private static Map<String, Object> typed(VariableMap values) {
    Map<String, Object> typed = new HashMap<>();
    for (String name : values.keySet()) {
      typed.put(name, values.getValueTyped(name));
    }
    return typed;
  }

  private static String ownMunicipality(DelegateExecution execution) {
    User user = Commands.currentUser(execution.getProcessEngineServices()).orElse(null);
    if (user == null) {
      return null;
    }
    Set<String> own = user.groups().stream()
        .filter(group -> Role.ofGroup(group).filter(Role.SOCIAL_WORKER::equals).isPresent())
        .map(Role.SOCIAL_WORKER::scopeOf)
        .collect(Collectors.toSet());
    return own.size() == 1 ? own.iterator().next() : null;
  }

  private static String userIdOf(DelegateExecution execution) {
    return Commands.currentUser(execution.getProcessEngineServices()).map(User::id).orElse(null);
  }

  private static String processKey(DelegateExecution execution) {
    return Commands.processKey(execution);
  }
}
