package se.betanketid.benchmark;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import se.betanketid.BetanketidApplication;

/**
 * The whole application for one benchmark, started as production starts it (SpringApplication, no test
 * support) on the {@code bench} profile: a fresh database ({@link BenchDatabase}), the job
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
    BenchDatabase.reset(name);
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
    all.putAll(BenchDatabase.properties(name));
    all.put("spring.mail.host", "localhost");
    all.put("spring.mail.port", SMTP_PORT);
    all.putAll(properties);
    for (String property : System.getProperty("bench.properties", "").split(",")) {
      if (property.contains("=")) {
        all.put(property.substring(0, property.indexOf('=')).trim(), property.substring(property.indexOf('=') + 1));
      }
    }
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
    awaitJobsDone(engine, timeout);
  }

  static void awaitJobsDone(ProcessEngine engine, Duration timeout) {
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
}
