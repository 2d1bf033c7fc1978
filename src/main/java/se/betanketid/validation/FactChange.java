package se.betanketid.validation;

/**
 * A case fact that a submission overwrote with another value, allowed because the field is editable in the form:
 * the variable, the label the person saw, and the values before and after as the person reads them.
 */
public record FactChange(String field, String label, String before, String after) {}
