package se.betanketid.statistics;

import java.time.LocalDate;

/** One missed deadline: an escalation service task (${sendEscalation}) that ran, with its escalationKind. */
record Breach(String kind, LocalDate day, String municipalityCode, String policeRegion) {}
