package se.betanketid.municipality;

/** A Swedish municipality (kommun) with its SCB code, county (län) and police region. */
public record Municipality(String code, String name, String countyCode, String countyName, String policeRegion) {}
