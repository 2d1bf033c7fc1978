package se.betanketid.browser;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import se.betanketid.RestCalls;
import se.betanketid.resilience.PackagedApp;

/**
 * The app the browser tests drive: the packaged jar (target/betanketid-*.jar) as its own JVM on the
 * embedded default (default profile, demo users and demo cases, job executor on), with a fresh H2 file
 * database in a temporary folder under target/. Started once for all browser tests of the JVM, stopped at its end.
 * For development, {@code -Dbrowser.app.url=http://localhost:8087} drives an app that already runs.
 *
 * <p>Without /usr/bin/chromium the tests are skipped, except on CI (environment variable CI set), where a
 * missing browser is a failure: .ci/run installs it.
 */
final class RunningApp implements BeforeAllCallback {

  private static final Namespace NAMESPACE = Namespace.create(RunningApp.class);
  private static String baseUrl;

  @Override
  public void beforeAll(ExtensionContext context) {
    requireBrowser();
    context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent("app", key -> start(), Started.class);
  }

  static String baseUrl() {
    return baseUrl;
  }

  static RestCalls rest(String user) {
    return new RestCalls(baseUrl, user);
  }

  static void requireBrowser() {
    boolean onCi = System.getenv("CI") != null;
    if (!Files.isExecutable(Browser.CHROMIUM) && !onCi) {
      assumeTrue(false, "Browser tests skipped: " + Browser.CHROMIUM + " is missing. Install it with "
          + "'apt-get install -y chromium chromium-driver' (CI does, and fails without it).");
    }
    for (Path needed : new Path[] {Browser.CHROMIUM, Browser.CHROMEDRIVER}) {
      if (!Files.isExecutable(needed)) {
        fail(needed + " is missing: install Debian's chromium and chromium-driver (.ci/run does).");
      }
    }
  }

  private static Started start() {
    String external = System.getProperty("browser.app.url");
    if (external != null && !external.isBlank()) {
      baseUrl = external.replaceAll("/$", "");
      return new Started(null);
    }
    try {
      Path data = Files.createTempDirectory(Path.of("target"), "browser-app-");
      PackagedApp app = new PackagedApp(Map.of(
          "spring.datasource.url", "jdbc:h2:file:" + data.toAbsolutePath() + "/betanketid",
          "spring.mail.port", "1",
          "betanketid.mail.check-at-start", "false")).start();
      baseUrl = "http://localhost:" + app.port();
      return new Started(app);
    } catch (Exception e) {
      throw new IllegalStateException("The packaged app did not start", e);
    }
  }

  /** Stops the app when the root context closes, i.e. after the last test of the JVM. */
  private record Started(PackagedApp app) implements ExtensionContext.Store.CloseableResource {
    @Override
    public void close() throws Exception {
      if (app != null) {
        app.stop();
      }
    }
  }
}
