package se.betanketid.sso;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real OpenID Connect provider for the oidc tests: Keycloak from its distribution (unpacked by Maven into
 * target/keycloak/), started once per test JVM in development mode on a free port with the realm
 * src/test/resources/keycloak/betanketid-realm.json (a person of every role of the access matrix: sara, nils,
 * kim, alva, alex, leo, maria, mats, eva, admin; ove of an unmapped group, lena of none; the webapp's
 * confidential client with PKCE; the client-credentials client migrationsverket), stopped when the JVM ends. Keycloak needs Java 21 or later: KEYCLOAK_JAVA_HOME, else the test's own Java if new enough, else
 * the newest under /usr/lib/jvm; none there is a failure that says so.
 */
public final class KeycloakServer {

  public static final String REALM = "betanketid";
  public static final String WEBAPP_CLIENT = "betanketid-webapp";
  public static final String WEBAPP_SECRET = "webapp-secret";
  private static final Logger LOG = LoggerFactory.getLogger(KeycloakServer.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static KeycloakServer running;

  private final int port;
  private final Process process;
  private final Duration startTime;
  private final HttpClient http = HttpClient.newHttpClient();

  private KeycloakServer(int port, Process process, Duration startTime) {
    this.port = port;
    this.process = process;
    this.startTime = startTime;
  }

  /** The provider of this JVM, started at the first call. */
  public static synchronized KeycloakServer get() {
    if (running == null) {
      running = start();
      Runtime.getRuntime().addShutdownHook(new Thread(running::stop));
    }
    return running;
  }

  public String issuer() {
    return "http://127.0.0.1:" + port + "/realms/" + REALM;
  }

  public Duration startTime() {
    return startTime;
  }

  /** An access token of a person (password grant of the test-only client {@code client}). */
  public String personToken(String client, String user) {
    return token(Map.of("grant_type", "password", "client_id", client, "username", user, "password", user));
  }

  /** An access token of a machine (client credentials). */
  public String machineToken(String client, String secret) {
    return token(Map.of("grant_type", "client_credentials", "client_id", client, "client_secret", secret));
  }

  private String token(Map<String, String> form) {
    String body = form.entrySet().stream()
        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
    try {
      HttpResponse<String> answer = http.send(HttpRequest.newBuilder(
              URI.create(issuer() + "/protocol/openid-connect/token"))
          .header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
      if (answer.statusCode() != 200) {
        throw new IllegalStateException("Keycloak refused a token: " + answer.body());
      }
      return JSON.readTree(answer.body()).get("access_token").asText();
    } catch (IOException | InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  private static KeycloakServer start() {
    Path home = distribution();
    Path java = java21();
    int port = freePort();
    try {
      Path data = home.resolve("data");
      deleteTree(data); // a fresh realm each run (Keycloak imports only realms it does not have)
      Files.createDirectories(data.resolve("import"));
      Files.copy(Path.of("src/test/resources/keycloak/betanketid-realm.json"),
          data.resolve("import/betanketid-realm.json"), StandardCopyOption.REPLACE_EXISTING);
      List<String> command = new ArrayList<>(List.of(home.resolve("bin/kc.sh").toString(), "start-dev",
          "--http-port=" + port, "--http-host=127.0.0.1", "--import-realm", "--log-level=WARN"));
      ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.appendTo(new File("target/keycloak-" + port + ".log")));
      builder.environment().put("JAVA_HOME", java.toString());
      builder.environment().put("JAVA_OPTS_APPEND", "-Xmx512m");
      long started = System.nanoTime();
      Process process = builder.start();
      KeycloakServer server = new KeycloakServer(port, process, Duration.ZERO);
      server.awaitRealm(Duration.ofSeconds(300));
      Duration took = Duration.ofNanos(System.nanoTime() - started);
      LOG.info("Keycloak answered after {} s (target/keycloak-{}.log)", took.toSeconds(), port);
      Files.writeString(Path.of("target/keycloak-start-seconds.txt"), took.toMillis() / 1000.0 + "\n");
      return new KeycloakServer(port, process, took);
    } catch (IOException | InterruptedException e) {
      throw new IllegalStateException("Keycloak did not start", e);
    }
  }

  private void awaitRealm(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    URI discovery = URI.create(issuer() + "/.well-known/openid-configuration");
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("Keycloak stopped at start: see target/keycloak-" + port + ".log");
      }
      try {
        if (http.send(HttpRequest.newBuilder(discovery).build(), HttpResponse.BodyHandlers.discarding())
            .statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(500);
    }
    stop();
    throw new IllegalStateException("Keycloak did not answer within " + timeout);
  }

  void stop() {
    process.descendants().forEach(ProcessHandle::destroy);
    process.destroy();
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static Path distribution() {
    try (Stream<Path> dirs = Files.list(Path.of("target/keycloak"))) {
      return dirs.filter(dir -> Files.isExecutable(dir.resolve("bin/kc.sh"))).findFirst().orElseThrow();
    } catch (IOException | RuntimeException missing) {
      throw new IllegalStateException("Keycloak's distribution is not in target/keycloak/: run the tests through "
          + "Maven (./mvnw verify unpacks org.keycloak:keycloak-quarkus-dist there)", missing);
    }
  }

  /** A Java 21+ for Keycloak (the project itself builds on 17). */
  static Path java21() {
    String configured = System.getenv("KEYCLOAK_JAVA_HOME");
    if (configured != null && !configured.isBlank()) {
      return Path.of(configured);
    }
    if (Runtime.version().feature() >= 21) {
      return Path.of(System.getProperty("java.home"));
    }
    try (Stream<Path> jdks = Files.list(Path.of("/usr/lib/jvm"))) {
      Optional<Path> newest = jdks.filter(jdk -> featureOf(jdk) >= 21)
          .max(Comparator.comparingInt(KeycloakServer::featureOf));
      if (newest.isPresent()) {
        return newest.get();
      }
    } catch (IOException none) {
      // no /usr/lib/jvm
    }
    throw new IllegalStateException("Keycloak (the OIDC tests' provider) needs Java 21 or later: none found. "
        + "Set KEYCLOAK_JAVA_HOME or install one under /usr/lib/jvm (e.g. Temurin 25).");
  }

  private static int featureOf(Path jdk) {
    try {
      for (String line : Files.readAllLines(jdk.resolve("release"))) {
        if (line.startsWith("JAVA_VERSION=")) {
          String version = line.substring("JAVA_VERSION=".length()).replace("\"", "");
          return Integer.parseInt(version.split("[.+-]")[0]);
        }
      }
    } catch (IOException | RuntimeException unreadable) {
      return 0;
    }
    return 0;
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
