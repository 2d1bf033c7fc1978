package se.betanketid.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import se.betanketid.resilience.PackagedApp;

/**
 * Benchmark 4, start-up (docs/benchmarks.md): {@code java -jar target/betanketid-*.jar} exactly as the README
 * runs it (no JVM options, the embedded default: H2 file database, demo users), on a fresh database under
 * target/bench/startup/ and then restarted on it. Seconds from the process start until the REST API answers,
 * and the heap used then: as the JVM reports it (Prometheus scrape, as the national coordination's account may
 * read it) and the live heap after a full GC (jcmd).
 */
class StartupBenchmark {

  static final int PORT = Integer.getInteger("bench.app-port", 8092);
  static final int RESTARTS = Integer.getInteger("bench.restarts", 3);
  static final Path DATA = Path.of("target", "bench", "startup");
  private static final Pattern STARTED = Pattern.compile("Started BetanketidApplication in ([0-9.]+) seconds");
  private static final Pattern HEAP = Pattern.compile(
      "jvm_memory_used_bytes\\{[^}]*area=\"heap\"[^}]*} ([0-9.eE+]+)");
  private static final Pattern GC_HEAP = Pattern.compile("used (\\d+)K");
  private static final Pattern MAX_HEAP = Pattern.compile("MaxHeapSize=(\\d+)");

  private long maxHeapMegabytes;
  private double slowestRestart;

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  @Test
  void startUp() throws Exception {
    BenchDatabase.deleteDirectory(DATA);
    Files.createDirectories(DATA);
    List<String> lines = new ArrayList<>();
    for (int run = 0; run <= RESTARTS; run++) {
      lines.add(startOnce(run == 0 ? "first start, empty database" : "restart " + run + ", same database", run));
    }
    BenchReport.section("4. Start-up (java -jar, no JVM options; embedded default on an H2 file database)");
    BenchReport.line("jar: %s; port %d; the REST API answers when GET /engine-rest/engine gives 200",
        PackagedApp.jar().getFileName(), PORT);
    lines.forEach(line -> BenchReport.line("%s", line));
    BenchReport.line("budget: start-up under 30 s; the JVM's default maximum heap here: %d MB (a quarter of the RAM);"
        + " the first start on an empty database also deploys, creates the demo users and runs the demo cases",
        maxHeapMegabytes);
    if (RESTARTS > 0) {
      BenchGoals.atMost(BenchGoals.RESTART, slowestRestart, 12, " s", String.format(java.util.Locale.ROOT,
          "the slowest of %d restarts (java -jar, no JVM options); load %s", RESTARTS, BenchReport.load()));
    }
    BenchReport.line("/actuator/metrics is not exposed (management.endpoints.web.exposure.include = health, info,"
        + " prometheus): heap from /actuator/prometheus as 'eva' (nationell-samordning) and from jcmd");
    BenchReport.printAll();
  }

  private String startOnce(String label, int run) throws Exception {
    Path log = DATA.resolve("app-" + run + ".log");
    List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
        PackagedApp.jar().toAbsolutePath().toString(), "--server.port=" + PORT,
        "--spring.datasource.url=" + BenchDatabase.h2Url("startup"));
    long start = System.nanoTime();
    Process app = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    try {
      double answered = await(app, start, "/engine-rest/engine", null);
      double ready = await(app, start, "/engine-rest/process-definition/key/SocialServicesApplicationProcess", "sara");
      BenchApp.await(Duration.ofSeconds(120), "Spring's start-up line", () -> STARTED.matcher(read(log)).find());
      String springSeconds = find(STARTED, read(log));
      double reportedHeap = prometheusHeapMegabytes();
      String jcmd = jcmd(app.pid(), "GC.heap_info");
      double heapBeforeGc = Long.parseLong(find(GC_HEAP, jcmd)) / 1024.0;
      jcmd(app.pid(), "GC.run");
      double liveHeap = Long.parseLong(find(GC_HEAP, jcmd(app.pid(), "GC.heap_info"))) / 1024.0;
      maxHeapMegabytes = Long.parseLong(find(MAX_HEAP, jcmd(app.pid(), "VM.flags"))) / 1024 / 1024;
      assertThat(answered).isPositive();
      if (run > 0) {
        slowestRestart = Math.max(slowestRestart, answered);
      }
      return String.format(java.util.Locale.ROOT, "%-28s REST API answers after %5.1f s, the route's definition"
          + " (as sara) after %5.1f s%s; Spring: started in %s s; heap used %.0f MB (Prometheus), %.0f MB (jcmd),"
          + " %.0f MB live after a full GC", label, answered, ready, ready < 30 ? "" : " ** OVER BUDGET **",
          springSeconds, reportedHeap, heapBeforeGc, liveHeap);
    } finally {
      app.destroy();
      if (!app.waitFor(60, TimeUnit.SECONDS)) {
        app.destroyForcibly().waitFor();
      }
    }
  }

  /** Seconds from start until GET path answers 200 (as the user with password = user id, if any). */
  private double await(Process app, long start, String path, String user) throws Exception {
    while (BenchReport.seconds(start) < 300) {
      if (!app.isAlive()) {
        throw new IllegalStateException("The app stopped at start; see " + DATA);
      }
      try {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + PORT + path));
        if (user != null) {
          request.header("Authorization", basic(user));
        }
        HttpResponse<Void> answer = http.send(request.build(), HttpResponse.BodyHandlers.discarding());
        if (answer.statusCode() == 200) {
          return BenchReport.seconds(start);
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException(path + " did not answer within 300 s");
  }

  private static String basic(String user) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
  }

  private static String read(Path log) {
    try {
      return Files.readString(log, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private double prometheusHeapMegabytes() throws Exception {
    HttpResponse<String> answer = http.send(HttpRequest.newBuilder(
        URI.create("http://localhost:" + PORT + "/actuator/prometheus"))
        .header("Authorization", basic("eva"))
        .build(), HttpResponse.BodyHandlers.ofString());
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    double bytes = 0;
    Matcher matcher = HEAP.matcher(answer.body());
    while (matcher.find()) {
      bytes += Double.parseDouble(matcher.group(1));
    }
    return bytes / 1024 / 1024;
  }

  private static String jcmd(long pid, String command) throws Exception {
    Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
    Process process = new ProcessBuilder(jcmd.toString(), Long.toString(pid), command).redirectErrorStream(true)
        .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    process.waitFor(60, TimeUnit.SECONDS);
    return output;
  }

  private static String find(Pattern pattern, String text) {
    Matcher matcher = pattern.matcher(text);
    if (!matcher.find()) {
      throw new IllegalStateException("Not found: " + pattern + " in:\n" + text);
    }
    return matcher.group(1);
  }
}
