package se.betanketid.resilience;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.betanketid.RestCalls;

/**
 * The packaged application (target/betanketid-*.jar) as a separate JVM, as an operator runs it: started,
 * killed with SIGKILL, started again. Its output goes to target/packaged-app-&lt;port&gt;.log. Also the app
 * that the browser tests (se.betanketid.browser) drive.
 */
public final class PackagedApp {

  private final List<String> arguments;
  private final int port;
  private Process process;

  public PackagedApp(Map<String, String> properties) {
    this.port = freePort();
    this.arguments = new ArrayList<>(List.of(javaBinary(), "-Xmx384m", "-jar", jar().toString(),
        "--server.port=" + port));
    properties.forEach((key, value) -> arguments.add("--" + key + "=" + value));
  }

  public static Path jar() {
    try (var files = Files.list(Path.of("target"))) {
      return files.filter(f -> f.getFileName().toString().matches("betanketid-.*\\.jar"))
          .findFirst().orElseThrow(() -> new IllegalStateException("Run ./mvnw verify: no packaged jar"));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  public PackagedApp start() throws Exception {
    File log = new File("target/packaged-app-" + port + ".log");
    process = new ProcessBuilder(arguments).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log)).start();
    awaitRestApi(Duration.ofSeconds(300)); // generous: a loaded 2-core machine has taken 115 s
    return this;
  }

  /** SIGKILL: no shutdown hook, no clean close of the database. */
  public void kill() throws InterruptedException {
    process.destroyForcibly().waitFor();
  }

  public void stop() throws InterruptedException {
    if (process != null && process.isAlive()) {
      process.destroy();
      if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
        kill();
      }
    }
  }

  public RestCalls rest(String user) {
    return new RestCalls("http://localhost:" + port, user);
  }

  public int port() {
    return port;
  }

  private void awaitRestApi(Duration timeout) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("The app stopped at start; see target/packaged-app-" + port + ".log");
      }
      try {
        HttpResponse<Void> answer = http.send(HttpRequest.newBuilder(
            URI.create("http://localhost:" + port + "/engine-rest/engine")).build(),
            HttpResponse.BodyHandlers.discarding());
        if (answer.statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException("The REST API did not answer within " + timeout);
  }

  private static String javaBinary() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
