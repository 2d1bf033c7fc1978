package se.betanketid;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every BPMN file under bpmn/ is readable in Camunda Modeler and Cockpit: a complete diagram (a shape for
 * every flow node, an edge for every sequence flow), one executable process whose key is the file name, and
 * a history time to live. Every DMN decision has a history time to live too.
 */
class BpmnDiagramTest {

  @TestFactory
  Stream<DynamicContainer> everyBpmnFile() {
    // each test parses the file itself, so that a broken file fails its own tests, not the whole factory
    return ProjectFiles.modelFiles(".bpmn").stream().map(file -> DynamicContainer.dynamicContainer(
        ProjectFiles.resourceName(file), Stream.of(
            DynamicTest.dynamicTest("every flow node has a shape", () -> everyFlowNodeHasAShape(read(file))),
            DynamicTest.dynamicTest("every sequence flow has an edge",
                () -> everySequenceFlowHasAnEdge(read(file))),
            DynamicTest.dynamicTest("process key = file name", () -> processKeyIsTheFileName(read(file), file)),
            DynamicTest.dynamicTest("historyTimeToLive", () -> historyTimeToLiveIsSet(read(file))))));
  }

  @TestFactory
  Stream<DynamicTest> everyDmnDecisionHasAHistoryTimeToLive() {
    return ProjectFiles.modelFiles(".dmn").stream().map(file -> DynamicTest.dynamicTest(
        ProjectFiles.resourceName(file), () -> {
          DmnModelInstance model = Dmn.readModelFromFile(file.toFile());
          for (Decision decision : model.getModelElementsByType(Decision.class)) {
            assertThat(decision.getCamundaHistoryTimeToLiveString())
                .as("camunda:historyTimeToLive of decision " + decision.getId()).isNotBlank();
          }
        }));
  }

  static void everyFlowNodeHasAShape(BpmnModelInstance model) {
    Set<String> drawn = drawnIds(model.getModelElementsByType(BpmnShape.class).stream()
        .map(BpmnShape::getBpmnElement));
    assertThat(idsOf(model.getModelElementsByType(FlowNode.class)))
        .as("flow nodes without a BPMNShape").isSubsetOf(drawn);
  }

  static void everySequenceFlowHasAnEdge(BpmnModelInstance model) {
    Set<String> drawn = drawnIds(model.getModelElementsByType(BpmnEdge.class).stream()
        .map(BpmnEdge::getBpmnElement));
    assertThat(idsOf(model.getModelElementsByType(SequenceFlow.class)))
        .as("sequence flows without a BPMNEdge").isSubsetOf(drawn);
  }

  static void processKeyIsTheFileName(BpmnModelInstance model, Path file) {
    List<String> executable = model.getModelElementsByType(Process.class).stream()
        .filter(Process::isExecutable).map(Process::getId).toList();
    assertThat(executable).as("executable processes in " + file.getFileName())
        .containsExactly(ProjectFiles.baseName(file));
  }

  static void historyTimeToLiveIsSet(BpmnModelInstance model) {
    for (Process process : model.getModelElementsByType(Process.class)) {
      if (process.isExecutable()) {
        assertThat(process.getCamundaHistoryTimeToLiveString())
            .as("camunda:historyTimeToLive of " + process.getId()).isNotBlank();
      }
    }
  }

  private static BpmnModelInstance read(Path file) {
    return Bpmn.readModelFromFile(file.toFile());
  }

  private static Set<String> drawnIds(Stream<? extends BaseElement> elements) {
    return elements.filter(element -> element != null).map(BaseElement::getId).collect(Collectors.toSet());
  }

  private static List<String> idsOf(Collection<? extends BaseElement> elements) {
    return elements.stream().map(BaseElement::getId).sorted().toList();
  }
}
