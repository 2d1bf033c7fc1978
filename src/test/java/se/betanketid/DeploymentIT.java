package se.betanketid;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every .bpmn, .dmn and .form under bpmn/ and forms/ is deployed at start, as it is on disk, and every
 * {@code camunda:formRef} resolves to a form deployed beside its process (formRefBinding "deployment").
 */
class DeploymentIT extends ProcessTestCase {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired FormService forms;

  @Test
  void everyModelFileIsDeployedAsItIsOnDisk() {
    List<String> missingOrStale = new ArrayList<>();
    for (Path file : ProjectFiles.modelFiles(".bpmn", ".dmn", ".form")) {
      String name = ProjectFiles.resourceName(file);
      byte[] deployed = newestDeployed(name);
      if (deployed == null) {
        missingOrStale.add(name + " (not deployed)");
      } else if (!Arrays.equals(deployed, read(file))) {
        missingOrStale.add(name + " (deployed version differs from the file)");
      }
    }
    assertThat(missingOrStale).as("model files not in the engine's deployment").isEmpty();
  }

  @Test
  void everyFormRefResolvesToAFormOfTheSameDeployment() {
    List<String> unresolved = new ArrayList<>();
    for (Path file : ProjectFiles.modelFiles(".bpmn")) {
      BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
      Map<String, String> formRefs = formRefs(model);
      if (formRefs.isEmpty()) {
        continue;
      }
      String key = ProjectFiles.baseName(file);
      ProcessDefinition definition =
          repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult();
      if (definition == null) {
        unresolved.add(key + ": no deployed process definition with this key");
        continue;
      }
      Set<String> formIds = formIdsOf(definition.getDeploymentId());
      formRefs.forEach((element, formRef) -> {
        if (!formIds.contains(formRef)) {
          unresolved.add(key + "/" + element + ": formRef '" + formRef + "' not in deployment " + formIds);
        }
      });
    }
    assertThat(unresolved).as("camunda:formRef without a deployed form").isEmpty();
  }

  @Test
  void startFormsAreServedAsTasklistLoadsThem() throws IOException {
    for (ProcessDefinition definition : repositoryService.createProcessDefinitionQuery().latestVersion().list()) {
      if (!hasStartFormRef(definition)) {
        continue;
      }
      try (InputStream form = forms.getDeployedStartForm(definition.getId())) {
        assertThat(JSON.readTree(form).path("components").isArray())
            .as("start form of " + definition.getKey()).isTrue();
      }
    }
  }

  /**
   * With isDeployChangedOnly=true a changed BPMN would be deployed without its unchanged forms, and
   * formRefBinding="deployment" would no longer find them after a restart on a persistent database.
   */
  @Test
  void processArchiveDeploysFormsTogetherWithTheirProcesses() throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/META-INF/processes.xml")) {
      String processesXml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertThat(processesXml)
          .contains("<property name=\"additionalResourceSuffixes\">form</property>")
          .doesNotContain("<property name=\"isDeployChangedOnly\">true</property>");
    }
  }

  /** Element id → formRef of every start event and user task. */
  private static Map<String, String> formRefs(BpmnModelInstance model) {
    Map<String, String> refs = new LinkedHashMap<>();
    for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
      if (start.getCamundaFormRef() != null) {
        refs.put(start.getId(), start.getCamundaFormRef());
      }
    }
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      if (task.getCamundaFormRef() != null) {
        refs.put(task.getId(), task.getCamundaFormRef());
      }
    }
    return refs;
  }

  private boolean hasStartFormRef(ProcessDefinition definition) {
    return repositoryService.getBpmnModelInstance(definition.getId()).getModelElementsByType(StartEvent.class).stream()
        .anyMatch(start -> start.getCamundaFormRef() != null
            && start.getParentElement().getElementType().getTypeName().equals("process"));
  }

  /** The content of the newest deployment that holds a resource of this name, or null. */
  private byte[] newestDeployed(String resourceName) {
    for (Deployment deployment : repositoryService.createDeploymentQuery().orderByDeploymentTime().desc().list()) {
      if (repositoryService.getDeploymentResourceNames(deployment.getId()).contains(resourceName)) {
        try (InputStream in = repositoryService.getResourceAsStream(deployment.getId(), resourceName)) {
          return in.readAllBytes();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    return null;
  }

  private Set<String> formIdsOf(String deploymentId) {
    Set<String> ids = new TreeSet<>();
    for (String name : repositoryService.getDeploymentResourceNames(deploymentId)) {
      if (name.endsWith(".form")) {
        try (InputStream in = repositoryService.getResourceAsStream(deploymentId, name)) {
          ids.add(JSON.readTree(in).path("id").asText());
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    return ids;
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
