package se.betanketid.locale;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Swedish locale of each webapp we translate: every value of the English locale shipped in Camunda's
 * webjar (labels and moment.js dateLocales) has a non-empty Swedish value with the same placeholders, and
 * the app's config.js offers Swedish first with English as the fallback (docs/locale-sv.md).
 */
class SwedishLocaleTest {

  private static final String APP = "META-INF/resources/webjars/camunda/app/";
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{[^}]*}}|%[sd]");
  private static final Pattern LOCALES = Pattern.compile(
      "\\n\\s*locales:\\s*\\{\\s*availableLocales:\\s*\\[\\s*'sv'\\s*,\\s*'en'\\s*],\\s*fallbackLocale:\\s*'en'");
  private final ObjectMapper json = new ObjectMapper();

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "welcome", "admin"})
  void everyEnglishValueHasASwedishOneWithTheSamePlaceholders(String app) throws IOException {
    Map<String, String> english = leaves(read(jarResource(APP + app + "/locales/en.json")));
    Map<String, String> swedish = leaves(read(ourResource(APP + app + "/locales/sv.json")));

    assertThat(english).as("en.json of %s in the webjar", app).hasSizeGreaterThan(100);
    List<String> missing = new ArrayList<>();
    List<String> placeholders = new ArrayList<>();
    english.forEach((path, value) -> {
      String sv = swedish.get(path);
      if (sv == null || (sv.isBlank() && !value.isBlank())) {
        missing.add(path);
      } else if (!placeholdersOf(value).equals(placeholdersOf(sv))) {
        placeholders.add(path + ": " + placeholdersOf(value) + " ≠ " + placeholdersOf(sv));
      }
    });
    assertThat(missing).as("keys of %s/locales/en.json without a Swedish value", app).isEmpty();
    assertThat(placeholders).as("placeholders changed in %s/locales/sv.json", app).isEmpty();
    assertThat(swedish.keySet()).as("keys in %s/locales/sv.json that en.json no longer has", app)
        .isSubsetOf(english.keySet());
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "welcome", "admin"})
  void configOffersSwedishFirstAndFallsBackToEnglish(String app) throws IOException {
    String config = text(ourResource(APP + app + "/scripts/config.js"));
    assertThat(config).as("%s/scripts/config.js", app).containsPattern(LOCALES);
  }

  /** Social workers (Tasklist, welcome page) do not see the Camunda 8 banner; Admin keeps it. */
  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "welcome"})
  void theCamunda8BannerIsHiddenFromCaseWorkers(String app) throws IOException {
    String css = text(ourResource(APP + app + "/styles/user-styles.css"));
    assertThat(css).containsPattern("\\.ce-eol-banner\\s*\\{[^}]*display:\\s*none");
  }

  private static Map<String, String> leaves(JsonNode root) {
    Map<String, String> leaves = new TreeMap<>();
    collect("", root, leaves);
    return leaves;
  }

  private static void collect(String path, JsonNode node, Map<String, String> leaves) {
    if (node.isObject()) {
      node.fields().forEachRemaining(field -> collect(path + "/" + field.getKey(), field.getValue(), leaves));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collect(path + "[" + i + "]", node.get(i), leaves);
      }
    } else {
      leaves.put(path, node.asText());
    }
  }

  private static List<String> placeholdersOf(String value) {
    List<String> found = new ArrayList<>();
    Matcher matcher = PLACEHOLDER.matcher(value);
    while (matcher.find()) {
      found.add(matcher.group());
    }
    Collections.sort(found);
    return found;
  }

  private JsonNode read(URL url) throws IOException {
    String text = text(url);
    return json.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
  }

  private static String text(URL url) throws IOException {
    try (InputStream in = url.openStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** The file as Camunda's webjar ships it. */
  private static URL jarResource(String path) throws IOException {
    return find(path, "camunda-webapp-webjar-");
  }

  /** Our override of the file (src/main/resources), which the app serves instead of the webjar's. */
  private static URL ourResource(String path) throws IOException {
    return find(path, "/target/classes/");
  }

  private static URL find(String path, String origin) throws IOException {
    for (URL url : Collections.list(SwedishLocaleTest.class.getClassLoader().getResources(path))) {
      if (url.toString().contains(origin)) {
        return url;
      }
    }
    throw new AssertionError("No " + path + " from " + origin + " on the classpath");
  }
}
