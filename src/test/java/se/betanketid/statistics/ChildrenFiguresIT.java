package se.betanketid.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static se.betanketid.casefile.ApplicantType.INVESTIGATION_LEADER;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.betanketid.ProcessTestCase;
import se.betanketid.statistics.YearlyReport.Children;

/**
 * The yearly children's figures do not shrink as social workers secure bases: a child without a basis of its own
 * when registered stays counted so, and is also counted as having got one since (or having left Sweden, or still
 * being without). The year 2014 is used by this test only (the shared test database).
 */
class ChildrenFiguresIT extends ProcessTestCase {

  private static final int YEAR = 2014;

  @Autowired YearlyStatistics statistics;

  @Test
  void childrenWithoutABasisOnArrivalStaySoWhileTheirBasesAreSecured() {
    CaseDriver driver = new CaseDriver(runtimeService, taskService, managementService);
    LocalDate identified = LocalDate.of(YEAR, 3, 3);
    ProcessInstance route = driver.open(CohortCase.granted(INVESTIGATION_LEADER, "female", ReportCohorts.STOCKHOLM,
        identified, identified.plusDays(1), identified.plusDays(4), "ASYLUM")
        .withChildren(List.of("none_known", "none_known", "none_known", "asylum")));
    ClockUtil.reset();

    assertThat(statistics.forYear(YEAR, StatisticsScope.everything()).children())
        .isEqualTo(new Children(4, 1, 3, 0, 0, 3));

    List<ProcessInstance> uncovered = runtimeService.createProcessInstanceQuery()
        .superProcessInstanceId(route.getId()).processDefinitionKey("AccompanyingChildProcess")
        .variableValueEquals("childCovered", false).list();
    assertThat(uncovered).hasSize(3);
    secure(uncovered.get(0), "asylum");
    secure(uncovered.get(1), "left_sweden");

    YearlyReport after = statistics.forYear(YEAR, StatisticsScope.everything());
    assertThat(after.children()).as("without a basis on arrival: still 3; of them 1 secured, 1 gone, 1 without")
        .isEqualTo(new Children(4, 1, 3, 1, 1, 1));
    assertThat(YearlyTable.rows(after).stream().filter(row -> row.key().startsWith("children."))
        .map(row -> row.label().strip() + " " + row.value()).toList()).containsExactly(
            "Medföljande barn 4",
            "med egen uppehållsgrund när de registrerades 1",
            "utan egen uppehållsgrund när de registrerades 3",
            "av dem: har fått en uppehållsgrund sedan 1",
            "av dem: har lämnat Sverige 1",
            "av dem: fortfarande utan uppehållsgrund 1");
  }

  private void secure(ProcessInstance child, String coverage) {
    String taskId = taskService.createTaskQuery().processInstanceId(child.getId())
        .taskDefinitionKey("UserTask_SecureResidenceBasis").singleResult().getId();
    taskService.complete(taskId, Map.of("securedCoverage", coverage, "securedCoverageDate",
        LocalDate.of(YEAR, 3, 10).toString()));
  }
}
