package se.betanketid.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The accessibility check of the browser tests: axe-core (the WebJar org.webjars.npm:axe-core) injected into
 * the page and run; answers its serious and critical violations as "rule (impact): help – elements".
 */
final class Axe {

  private static final String SCRIPT = "META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";
  private static final ObjectMapper JSON = new ObjectMapper();

  private Axe() {}

  static List<String> seriousViolations(Browser browser) {
    JavascriptExecutor js = (JavascriptExecutor) browser.driver();
    js.executeScript(source());
    Object answer = js.executeAsyncScript("const done = arguments[arguments.length - 1];"
        + "axe.run(document, { resultTypes: ['violations'] })"
        + ".then(r => done(JSON.stringify(r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help,"
        + " nodes: v.nodes.map(n => n.target.join(' ')) })))))"
        + ".catch(e => done('ERROR ' + e));");
    String text = String.valueOf(answer);
    if (text.startsWith("ERROR")) {
      throw new IllegalStateException("axe-core failed: " + text);
    }
    List<String> serious = new ArrayList<>();
    try {
      for (JsonNode violation : JSON.readTree(text)) {
        String impact = violation.get("impact").asText();
        if ("serious".equals(impact) || "critical".equals(impact)) {
          serious.add(violation.get("id").asText() + " (" + impact + "): " + violation.get("help").asText() + " – "
              + violation.get("nodes"));
        }
      }
    } catch (IOException notJson) {
      throw new IllegalStateException("axe-core answered " + text, notJson);
    }
    return serious;
  }

  private static String source() {
    try (InputStream in = Axe.class.getClassLoader().getResourceAsStream(SCRIPT)) {
      if (in == null) {
        throw new IllegalStateException(SCRIPT + " is not on the test classpath (org.webjars.npm:axe-core)");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
