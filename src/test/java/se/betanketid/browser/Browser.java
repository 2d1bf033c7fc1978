package se.betanketid.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Debian's headless Chromium through Debian's chromedriver, in Swedish (first language sv-SE), with a fresh
 * profile. Nothing is downloaded: the driver and the browser are given by path, so Selenium Manager never
 * runs. Screenshots go to target/screenshots/.
 */
final class Browser implements AutoCloseable {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Path SCREENSHOTS = Path.of("target", "screenshots");
  private static final Logger LOG = LoggerFactory.getLogger(Browser.class);
  /** Selenium warns at every start that it has no CDP bindings for this Chromium: we use none. */
  private static final java.util.logging.Logger CDP_WARNINGS = quiet("org.openqa.selenium.devtools");
  private static final java.util.logging.Logger CHROMIUM_WARNINGS = quiet("org.openqa.selenium.chromium");

  private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
      new com.fasterxml.jackson.databind.ObjectMapper();
  private final ChromeDriver driver;
  private final Path profile;
  private final String baseUrl;

  Browser(String baseUrl) throws IOException {
    this(baseUrl, false);
  }

  /**
   * A browser that also keeps Chrome's performance log (the DevTools Network events), read by
   * {@link #requestsSinceLastCall()}.
   */
  static Browser withNetworkLog(String baseUrl) throws IOException {
    return new Browser(baseUrl, true);
  }

  private Browser(String baseUrl, boolean networkLog) throws IOException {
    this.baseUrl = baseUrl;
    this.profile = Files.createTempDirectory("chromium-profile-");
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--lang=sv-SE", "--window-size=1400,1000", "--user-data-dir=" + profile);
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "sv-SE,sv"));
    LoggingPreferences logging = new LoggingPreferences();
    logging.enable(LogType.BROWSER, Level.ALL);
    if (networkLog) {
      logging.enable(LogType.PERFORMANCE, Level.ALL);
    }
    options.setCapability("goog:loggingPrefs", logging);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    this.driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(90));
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
  }

  WebDriver driver() {
    return driver;
  }

  void open(String path) {
    driver.get(baseUrl + path);
  }

  /** Waits up to 60 s (the machine is shared; Tasklist's first load is slow) for a visible element. */
  WebElement await(By locator) {
    return waiting(Duration.ofSeconds(60)).until(ExpectedConditions.visibilityOfElementLocated(locator));
  }

  WebDriverWait waiting(Duration timeout) {
    WebDriverWait wait = new WebDriverWait(driver, timeout, Duration.ofMillis(250));
    wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    return wait;
  }

  /** Scrolls the element to the middle of its scroll area (away from sticky headers and footers), clicks it. */
  void click(WebElement element) {
    script("arguments[0].scrollIntoView({block: 'center'});", element);
    element.click();
  }

  /** Clicks the element found by {@code locator}, again if Angular re-rendered it in between. */
  void click(By locator) {
    waiting(Duration.ofSeconds(60)).ignoring(org.openqa.selenium.ElementClickInterceptedException.class)
        .until(driver -> {
          click(driver.findElement(locator));
          return true;
        });
  }

  List<WebElement> all(By locator) {
    return driver.findElements(locator);
  }

  Object script(String script, Object... arguments) {
    return ((JavascriptExecutor) driver).executeScript(script, arguments);
  }

  String text() {
    return driver.findElement(By.tagName("body")).getText();
  }

  /** Saves a PNG of the window as target/screenshots/&lt;name&gt;.png. */
  Path screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      File png = driver.getScreenshotAs(OutputType.FILE);
      Path target = SCREENSHOTS.resolve(name + ".png");
      Files.copy(png.toPath(), target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      return target;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The console messages of severity SEVERE since the last call. */
  List<String> severeConsoleMessages() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
        .map(LogEntry::getMessage).toList();
  }

  /** A request the page sent: method, URL, its Accept header and a POST's body ("" when none). */
  record Request(String method, String url, String accept, String body) {}

  /**
   * The HTTP requests the page sent since the last call, in the order sent, from Chrome's performance log
   * ({@code Network.requestWillBeSent}); only for a browser made by {@link #withNetworkLog}.
   */
  List<Request> requestsSinceLastCall() {
    List<Request> requests = new java.util.ArrayList<>();
    for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE).getAll()) {
      try {
        com.fasterxml.jackson.databind.JsonNode message = JSON.readTree(entry.getMessage()).path("message");
        if ("Network.requestWillBeSent".equals(message.path("method").asText())) {
          com.fasterxml.jackson.databind.JsonNode request = message.path("params").path("request");
          requests.add(new Request(request.path("method").asText(), request.path("url").asText(),
              request.path("headers").path("Accept").asText(""), request.path("postData").asText("")));
        }
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }
    return requests;
  }

  private static java.util.logging.Logger quiet(String name) {
    java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
    logger.setLevel(Level.SEVERE);
    return logger;
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      try (var files = Files.walk(profile)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
      } catch (IOException e) {
        LOG.warn("Could not remove the browser profile {}", profile);
      }
    }
  }
}
