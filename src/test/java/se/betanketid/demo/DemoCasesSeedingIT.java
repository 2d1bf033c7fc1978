package se.betanketid.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import se.betanketid.BetanketidApplication;
import se.betanketid.demo.ClockWitness.Seen;

/**
 * The demo cases of the embedded default are seeded with a moved engine clock, and the clock is JVM-wide: the
 * whole application is started here as an operator starts it (no profile, demo data on, job executor on),
 * while a client calls the REST API again and again from the moment the JVM runs. No request and no job may
 * see the moved clock: the first request is served, and the job executor runs, only after the seeding. And
 * the seeding logs none of the demo persons' data.
 */
@Tag("separate-jvm") // an application of its own with the job executor on, beside no other engine "default"
@ExtendWith(OutputCaptureExtension.class)
class DemoCasesSeedingIT {

  private static final Set<String> JOB_EXECUTOR_COMMANDS = Set.of("AcquireJobsCmd", "ExecuteJobsCmd");

  @Test
  void noRequestAndNoJobSeesTheMovedClockAndTheLogHoldsNoPersonalData(CapturedOutput output) throws Exception {
    ClockWitness witness = new ClockWitness();
    int port = freePort();
    Caller caller = new Caller(port);
    caller.start();
    String seeder = Thread.currentThread().getName();
    try (ConfigurableApplicationContext app = new SpringApplicationBuilder(BetanketidApplication.class)
        .initializers(witness::register)
        .run("--server.port=" + port, "--spring.main.banner-mode=off",
            "--spring.datasource.url=jdbc:h2:mem:demo-seeding;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=30000",
            "--betanketid.mail.check-at-start=false")) {
      await(Duration.ofSeconds(120), () -> caller.served() >= 3 && witness.commands.stream()
          .anyMatch(seen -> seen.what().startsWith("ExecuteJobsCmd") && !seen.thread().equals(seeder)));
    } finally {
      caller.interrupt();
      caller.join();
    }

    List<Seen> moved = witness.commands.stream().filter(Seen::moved).toList();
    assertThat(moved).as("the seeding moved the engine clock").isNotEmpty();
    assertThat(first(moved.stream().filter(seen -> !seen.thread().equals(seeder))))
        .as("engine commands beside the seeding that saw the moved clock").isEmpty();
    long seedingStart = moved.get(0).realMillis();
    long seedingEnd = moved.get(moved.size() - 1).realMillis();

    assertThat(caller.attempts.stream().filter(t -> t > seedingStart && t < seedingEnd).count())
        .as("calls tried during the seeding").isPositive();
    assertThat(witness.requests).as("requests served").isNotEmpty();
    assertThat(first(witness.requests.stream().filter(seen -> seen.moved() || seen.realMillis() <= seedingEnd)))
        .as("requests served during the seeding or with a moved clock").isEmpty();
    List<Seen> jobExecutor = witness.commands.stream().filter(seen -> !seen.thread().equals(seeder))
        .filter(seen -> JOB_EXECUTOR_COMMANDS.contains(seen.what().replaceAll(" .*", ""))).toList();
    assertThat(jobExecutor).as("the job executor's commands").isNotEmpty();
    assertThat(first(jobExecutor.stream().filter(seen -> seen.moved() || seen.realMillis() <= seedingEnd)))
        .as("the job executor's commands during the seeding or with a moved clock").isEmpty();

    assertThat(output.getOut()).contains("Demo data: 16 fictitious cases created");
    assertThat(Pattern.compile("Demoperson|Demobarn|Rumänien|rumänska|5000-K|199\\d-04-1\\d")
        .matcher(output.getAll()).results().map(r -> r.group()).distinct().toList())
        .as("demo persons' data in the log").isEmpty();
  }

  /** Calls the REST API (as admin, an engine query) every 20 ms; remembers when it tried and what it got. */
  private static final class Caller extends Thread {
    final List<Long> attempts = new CopyOnWriteArrayList<>();
    final List<Integer> answers = new CopyOnWriteArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final HttpRequest request;

    Caller(int port) {
      super("demo-seeding-caller");
      request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/engine-rest/task/count"))
          .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
              "admin:admin".getBytes(StandardCharsets.UTF_8)))
          .timeout(Duration.ofSeconds(60)).build();
    }

    long served() {
      return answers.stream().filter(status -> status == 200).count();
    }

    @Override
    public void run() {
      while (!isInterrupted()) {
        attempts.add(System.currentTimeMillis());
        try {
          answers.add(http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode());
        } catch (IOException notListening) {
          // the port is not open yet
        } catch (InterruptedException stop) {
          return;
        }
        try {
          Thread.sleep(20);
        } catch (InterruptedException stop) {
          return;
        }
      }
    }
  }

  /** The first few, to read in a failure. */
  private static List<Seen> first(Stream<Seen> seen) {
    return seen.limit(5).toList();
  }

  private static void await(Duration timeout, BooleanSupplier done) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!done.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("Timed out after " + timeout);
      }
      Thread.sleep(100);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
