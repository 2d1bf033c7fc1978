package se.betanketid.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Test;

/**
 * The rule "a submission changes only what its person can edit", on a test form (src/test/resources/forms/
 * editable-fields-test.form) with every kind of field that is not editable: disabled, readonly, readonly by a FEEL
 * expression, hidden by a condition, and the same inside dynamic-list rows ({@code this.}).
 */
class EditableFieldsTest {

  private static final String FORM = "editable-fields-test";
  private final EditableFields editable = new EditableFields(new FormSchemaValidator());

  private static Map<String, Object> values(Object... pairs) {
    Map<String, Object> map = new HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put((String) pairs[i], pairs[i + 1]);
    }
    return map;
  }

  @Test
  void aDisabledOrReadOnlyFieldCannotBeChanged() {
    Map<String, Object> stored = values("shownDate", "2026-03-01", "lockedText", "fakta", "lockedTick", true);

    assertThatThrownBy(() -> editable.check(FORM, stored, values("shownDate", "2026-02-01")))
        .isInstanceOf(CaseValidationException.class)
        .hasMessage("Fältet \"Visat datum\" kan inte ändras i det här formuläret.")
        .extracting("field").isEqualTo("shownDate");
    assertThatThrownBy(() -> editable.check(FORM, stored, values("lockedText", "annat")))
        .hasMessage("Fältet \"Låst text\" kan inte ändras i det här formuläret.");
    assertThatThrownBy(() -> editable.check(FORM, stored, values("lockedTick", false)))
        .hasMessage("Fältet \"Låst kryss\" kan inte ändras i det här formuläret.");
    assertThatThrownBy(() -> editable.check(FORM, Map.of(), values("shownDate", "2026-02-01")))
        .as("nothing stored (a start form): any value is a change")
        .hasMessage("Fältet \"Visat datum\" kan inte ändras i det här formuläret.");
  }

  @Test
  void theSameValueAgainIsNoChangeAsTasklistSendsReadOnlyFields() {
    Map<String, Object> stored = values("shownDate", "2026-03-01", "lockedText", "fakta", "lockedTick", true,
        "shownList", SpinValues.jsonValue("[\"x\",\"y\"]").create());

    assertThat(editable.check(FORM, stored, values("shownDate", Variables.stringValue("2026-03-01"),
        "lockedText", "fakta", "lockedTick", Variables.booleanValue(true),
        "shownList", SpinValues.jsonValue("[ \"x\", \"y\" ]").create()))).isEmpty();
    assertThat(editable.check(FORM, Map.of(), values("lockedText", "", "lockedTick", false, "shownList",
        SpinValues.jsonValue("[]").create()))).as("the empty values form-js sends for an empty field").isEmpty();
  }

  @Test
  void aReadOnlyExpressionIsEvaluatedOnTheStoredAndSubmittedValues() {
    assertThatThrownBy(() -> editable.check(FORM, values("choice", "b"), values("lockedWhenB", "x")))
        .hasMessage("Fältet \"Låst vid B\" kan inte ändras i det här formuläret.");
    assertThatThrownBy(() -> editable.check(FORM, values("choice", "a"), values("choice", "b", "lockedWhenB", "x")))
        .as("the submitted choice counts").hasMessage("Fältet \"Låst vid B\" kan inte ändras i det här formuläret.");
    assertThat(editable.check(FORM, values("choice", "b"), values("choice", "a", "lockedWhenB", "x")))
        .as("editable once A is chosen; the choice itself is a change of a stored value")
        .extracting(FactChange::field).containsExactly("choice");
  }

  @Test
  void aFieldHiddenByItsConditionCannotBeFilledIn() {
    assertThatThrownBy(() -> editable.check(FORM, Map.of(), values("choice", "b", "onlyForA", "text")))
        .hasMessage("Fältet \"Bara för A\" visas inte i formuläret med de värden som angetts och kan därför inte "
            + "fyllas i.");
    assertThat(editable.check(FORM, Map.of(), values("choice", "a", "onlyForA", "text"))).isEmpty();
    assertThat(editable.check(FORM, Map.of(), values("choice", "b", "onlyForA", null)))
        .as("empty, as before").isEmpty();
  }

  @Test
  void eachDynamicListRowFollowsTheSameRuleWithThis() {
    String stored = "[{\"name\":\"Ett\",\"code\":\"K1\"}]";
    assertThatThrownBy(() -> editable.check(FORM, values("rows", SpinValues.jsonValue(stored).create()),
        values("rows", SpinValues.jsonValue("[{\"name\":\"Ett\",\"code\":\"K2\"}]").create())))
        .hasMessage("Rader, rad 1: Fältet \"Kod\" kan inte ändras i det här formuläret.");
    assertThatThrownBy(() -> editable.check(FORM, Map.of(),
        values("rows", SpinValues.jsonValue("[{\"name\":\"a\"},{\"name\":\"dold\",\"detail\":\"x\"}]").create())))
        .hasMessage("Rader, rad 2: Fältet \"Detalj\" visas inte i formuläret med de värden som angetts och kan "
            + "därför inte fyllas i.");
    assertThat(editable.check(FORM, values("rows", SpinValues.jsonValue(stored).create()), values("rows",
        SpinValues.jsonValue("[{\"name\":\"Ettan\",\"code\":\"K1\"},{\"name\":\"Två\",\"detail\":\"d\"}]")
            .create()))).as("editable fields changed, a row added, the disabled code unchanged")
        .extracting(FactChange::field).containsExactly("rows");
  }

  @Test
  void anAllowedChangeOfAStoredFactIsReportedWithBothValues() {
    List<FactChange> changes = editable.check(FORM, values("note", "före", "choice", "a"),
        values("note", "efter", "choice", "a", "onlyForA", "ny"));

    assertThat(changes).containsExactly(new FactChange("note", "Anteckning", "före", "efter"));
  }
}
