package se.betanketid.benchmark;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import se.betanketid.BetanketidApplication;

/**
 * The whole application for one benchmark, started as production starts it (SpringApplication, no test
 * support) on the {@code bench} profile: a fresh H2 file database under target/bench/&lt;name&gt;/, the job
 * executor on unless the benchmark says otherwise, and a GreenMail SMTP server of its own that receives every
 * notification mail (so mails are really rendered and sent over SMTP, and none fails and retries).
 */
final class BenchApp implements AutoCloseable {

  static final int SMTP_PORT = Integer.getInteger("bench.smtp-port", 8093);

  private final ConfigurableApplicationContext context;
  private final GreenMail mail;
  final ProcessEngine engine;
  final int port;

  private BenchApp(ConfigurableApplicationContext context, GreenMail mail, int port) {
    this.context = context;
    this.mail = mail;
    this.port = port;
    this.engine = context.getBean(ProcessEngine.class);
  }

  /**
   * Starts the application on a fresh database target/bench/&lt;name&gt;/ (deleted first); the properties are
   * given as command-line arguments, so they win over application.yaml.
   */
  static BenchApp start(String name, int port, Map<String, Object> properties) {
    deleteDirectory(Path.of("target", "bench", name));
    return restart(name, port, properties);
  }

  /** Starts the application on the benchmark's database as it is (a restart). */
  static BenchApp restart(String name, int port, Map<String, Object> properties) {
    GreenMail mail = new GreenMail(new ServerSetup(SMTP_PORT, "localhost", ServerSetup.PROTOCOL_SMTP));
    mail.start();
    Map<String, Object> all = new LinkedHashMap<>();
    all.put("bench.name", name);
    all.put("bench.port", port);
    all.put("bench.smtp-port", SMTP_PORT);
    all.put("spring.datasource.url", databaseUrl(name));
    all.put("spring.mail.host", "localhost");
    all.put("spring.mail.port", SMTP_PORT);
    all.putAll(properties);
    try {
      String[] arguments = all.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
          .toArray(String[]::new);
      ConfigurableApplicationContext context = new SpringApplicationBuilder(BetanketidApplication.class)
          .profiles("bench").run(arguments);
      return new BenchApp(context, mail, port);
    } catch (RuntimeException e) {
      mail.stop();
      throw e;
    }
  }

  /**
   * The production JDBC URL of application.yaml (H2 file database with its options: write delay, lock timeout)
   * with the benchmark's file instead of ./data/betanketid.
   */
  static String databaseUrl(String name) {
    YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
    yaml.setResources(new ClassPathResource("application.yaml"));
    String production = yaml.getObject().getProperty("spring.datasource.url");
    if (production == null || !production.contains("./data/betanketid")) {
      throw new IllegalStateException("Unexpected datasource URL in application.yaml: " + production);
    }
    return production.replace("./data/betanketid", "./target/bench/" + name + "/betanketid");
  }

  <T> T bean(Class<T> type) {
    return context.getBean(type);
  }

  Object bean(String name) {
    return context.getBean(name);
  }

  ProcessEngineConfigurationImpl configuration() {
    return (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
  }

  /** Mails received by the benchmark's SMTP server since the last {@link #purgeMails()}. */
  int mailsReceived() {
    return mail.getReceivedMessages().length;
  }

  void purgeMails() {
    try {
      mail.purgeEmailFromAllMailboxes();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** Waits until no job is due any more (every async continuation and mail has run). */
  void awaitJobsDone(Duration timeout) {
    ManagementService management = engine.getManagementService();
    await(timeout, "the job executor to finish the due jobs",
        () -> management.createJobQuery().executable().count() == 0);
  }

  /** Failed jobs and open incidents: a benchmark run must have none. */
  String failures() {
    ManagementService management = engine.getManagementService();
    long failing = management.createJobQuery().withException().count();
    long incidents = engine.getRuntimeService().createIncidentQuery().count();
    return failing == 0 && incidents == 0 ? "none" : failing + " failing job(s), " + incidents + " incident(s)";
  }

  static void await(Duration timeout, String what, BooleanSupplier done) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!done.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("Timed out after " + timeout + " waiting for " + what);
      }
      sleep(50);
    }
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    try {
      context.close();
    } finally {
      mail.stop();
    }
  }

  static void deleteDirectory(Path directory) {
    if (!Files.exists(directory)) {
      return;
    }
    try (Stream<Path> files = Files.walk(directory)) {
      files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Closes the (stopped) application's database with SHUTDOWN COMPACT, which rewrites the file without its free
   * space, and answers the file's size then, in MB: the live data.
   */
  static long compactedMegabytes(String name) {
    SingleConnectionDataSource connection = new SingleConnectionDataSource(databaseUrl(name), "sa", "", true);
    try {
      new JdbcTemplate(connection).execute("SHUTDOWN COMPACT");
    } finally {
      connection.destroy();
    }
    return databaseMegabytes(name);
  }

  /** Deletes the benchmark's database when it is done (it can be made again), unless -Dbench.keep-databases. */
  static void dropDatabase(String name) {
    if (!Boolean.getBoolean("bench.keep-databases")) {
      deleteDirectory(Path.of("target", "bench", name));
    }
  }

  /** Size of the benchmark's database file(s) in MB. */
  static long databaseMegabytes(String name) {
    try (Stream<Path> files = Files.walk(Path.of("target", "bench", name))) {
      return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum() / (1024 * 1024);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
