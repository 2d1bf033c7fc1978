package se.betanketid.statistics;

import java.time.LocalDate;

/**
 * One missed deadline: an escalation service task (${sendEscalation}) that ran, with its escalationKind; rootId is
 * its case's route instance.
 */
record Breach(String rootId, String kind, LocalDate day, String municipalityCode, String policeRegion) {}
