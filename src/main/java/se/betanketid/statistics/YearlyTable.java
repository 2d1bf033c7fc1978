package se.betanketid.statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.betanketid.casefile.ExploitationForm;
import se.betanketid.statistics.YearlyReport.Spread;

/**
 * The yearly report as a table with Swedish headings: the rows of the CSV export and of the dashboard's table.
 * Rejection reasons (free text) are left out of the national coordination's table.
 */
final class YearlyTable {

  /** One row: a stable key, its Swedish heading, a count or a number of days (null: no value). */
  record Row(String key, String label, Number value, boolean count) {}

  private final List<Row> rows = new ArrayList<>();

  private YearlyTable() {}

  static List<Row> rows(YearlyReport report) {
    YearlyTable table = new YearlyTable();
    var granted = report.granted();
    table.count("granted.total", "Personer som beviljats betänketid", granted.total());
    granted.bySex().forEach((sex, n) ->
        table.count("granted.sex." + sex, "  varav " + SwedishLabels.of(SwedishLabels.SEX, sex), n));
    table.count("granted.socialServices", "  varav med socialnämnden som sökande", granted.socialServices());
    table.count("granted.investigationLeader", "  varav med förundersökningsledare som sökande",
        granted.investigationLeader());
    table.count("granted.socialServicesViaCoordinator",
        "  socialnämndens ansökningar som kom via regionkoordinator", granted.socialServicesViaCoordinator());
    var applications = report.applications();
    table.count("applications.total", "Ansökningar om betänketid", applications.total());
    table.count("applications.socialServices", "  från socialnämnden", applications.socialServices());
    table.count("applications.investigationLeader", "  från förundersökningsledare",
        applications.investigationLeader());
    table.count("applications.socialServicesViaCoordinator", "  socialnämndens ansökningar via regionkoordinator",
        applications.socialServicesViaCoordinator());
    table.count("exploitationForms.total", "Beviljade efter exploateringsform (en per person)",
        report.exploitationForms().values().stream().mapToInt(Integer::intValue).sum());
    report.exploitationForms().forEach((form, n) -> table.count("exploitationForms." + form,
        "  " + ExploitationForm.labelOf(form), n));
    var rejections = report.rejections();
    table.count("rejections.total", "Avslag från Migrationsverket", rejections.total());
    rejections.byReason().forEach((reason, n) -> table.count("rejections.reason." + reason,
        "  skäl: " + SwedishLabels.rejectionReason(reason), n));
    table.count("rejections.notEligible", "Ärenden där villkoren för betänketid inte var uppfyllda",
        rejections.notEligible());
    var declines = report.declines();
    table.count("declines.total", "Socialnämnden beslutade att inte ansöka", declines.total());
    declines.byReason().forEach((reason, n) -> table.count("declines.reason." + reason,
        "  skäl: " + SwedishLabels.declineReason(reason), n));
    table.count("declines.nationalSupportProgramme", "  varav fick stöd genom nationella stödprogrammet (NSP)",
        declines.nationalSupportProgramme());
    var children = report.children();
    table.count("children.total", "Medföljande barn", children.total());
    table.count("children.coveredOnArrival", "  med egen uppehållsgrund när de registrerades",
        children.coveredOnArrival());
    table.count("children.uncoveredOnArrival", "  utan egen uppehållsgrund när de registrerades",
        children.uncoveredOnArrival());
    table.count("children.basisSecured", "    av dem: har fått en uppehållsgrund sedan", children.basisSecured());
    table.count("children.leftSweden", "    av dem: har lämnat Sverige", children.leftSweden());
    table.count("children.stillUncovered", "    av dem: fortfarande utan uppehållsgrund", children.stillUncovered());
    report.outcomes().forEach((outcome, n) -> table.count("outcomes." + outcome,
        "Utfall: " + SwedishLabels.of(SwedishLabels.OUTCOMES, outcome), n));
    table.spread("days.identificationToApplication", "identifiering till ansökan",
        report.days().identificationToApplication());
    table.spread("days.applicationToDecision", "ansökan till beslut", report.days().applicationToDecision());
    report.deadlineBreaches().forEach((kind, n) -> table.count("deadlineBreaches." + kind,
        "Överskriden tidsfrist: " + SwedishLabels.of(SwedishLabels.BREACHES, kind), n));
    return table.rows;
  }

  private void count(String key, String label, int value) {
    rows.add(new Row(key, label, value, true));
  }

  private void spread(String key, String what, Spread spread) {
    rows.add(new Row(key + ".cases", "Dagar från " + what + ": antal ärenden", spread.cases(), true));
    rows.add(new Row(key + ".median", "Dagar från " + what + ": median", spread.median(), false));
    rows.add(new Row(key + ".p90", "Dagar från " + what + ": 90:e percentilen", spread.p90(), false));
  }

  static Map<String, String> labelsOf(List<Row> rows) {
    Map<String, String> labels = new java.util.LinkedHashMap<>();
    rows.forEach(row -> labels.put(row.key(), row.label()));
    return labels;
  }
}
