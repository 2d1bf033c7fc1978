package se.betanketid.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The database of one benchmark. By default the embedded default's H2 file database (application.yaml's URL
 * with its options) in target/bench/&lt;name&gt;/. With {@code -Dbench.database-url=jdbc:postgresql://…} (and
 * {@code -Dbench.database-user}, {@code -Dbench.database-password}; default betanketid/betanketid as .ci/run
 * creates them) the throughput and timer benchmarks run on that PostgreSQL database instead, whose public
 * schema is emptied before and after: to compare with what production runs on.
 */
final class BenchDatabase {

  static final String POSTGRES_URL = System.getProperty("bench.database-url", "");
  static final String USER = System.getProperty("bench.database-user", "betanketid");
  static final String PASSWORD = System.getProperty("bench.database-password", "betanketid");

  private BenchDatabase() {}

  static boolean postgres() {
    return !POSTGRES_URL.isBlank();
  }

  /** "H2 file database" or "PostgreSQL", for the reports' headings. */
  static String kind() {
    return postgres() ? "PostgreSQL " + POSTGRES_URL.replaceAll(".*//", "") : "H2 file database";
  }

  /** The datasource properties the application starts with. */
  static Map<String, Object> properties(String name) {
    return postgres()
        ? Map.of("spring.datasource.url", POSTGRES_URL, "spring.datasource.username", USER,
            "spring.datasource.password", PASSWORD)
        : Map.of("spring.datasource.url", h2Url(name));
  }

  /**
   * The production JDBC URL of application.yaml (H2 file database with its options: write delay, lock timeout)
   * with the benchmark's file instead of ./data/betanketid.
   */
  static String h2Url(String name) {
    YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
    yaml.setResources(new ClassPathResource("application.yaml"));
    String production = yaml.getObject().getProperty("spring.datasource.url");
    if (production == null || !production.contains("./data/betanketid")) {
      throw new IllegalStateException("Unexpected datasource URL in application.yaml: " + production);
    }
    return production.replace("./data/betanketid", "./target/bench/" + name + "/betanketid");
  }

  /**
   * The H2 URL for bulk work that is not measured (making a history to measure the statistics on): without
   * WRITE_DELAY=0, with which H2 serialises every commit to the file and does no housekeeping, so bulk work
   * swells the file to gigabytes and slows down as it goes.
   */
  static String h2UrlForBulkWork(String name) {
    return h2Url(name).replace(";WRITE_DELAY=0", "");
  }

  /** An empty database for the benchmark. */
  static void reset(String name) {
    if (postgres()) {
      withPostgres(jdbc -> jdbc.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public"));
    } else {
      deleteDirectory(Path.of("target", "bench", name));
    }
  }

  /** The database's size in MB: H2's file(s), PostgreSQL's database. */
  static long megabytes(String name) {
    if (postgres()) {
      long[] bytes = new long[1];
      withPostgres(jdbc -> bytes[0] = jdbc.queryForObject("SELECT pg_database_size(current_database())", Long.class));
      return bytes[0] / (1024 * 1024);
    }
    try (Stream<Path> files = Files.walk(Path.of("target", "bench", name))) {
      return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum() / (1024 * 1024);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The live data in MB, of the stopped application's database, as the database stores it: for H2 a full copy of
   * its file without free space or dead pages, uncompressed as the running file is (H2's MVStoreTool; its
   * SHUTDOWN COMPACT, {@link #compactedMegabytes}, writes an LZF-compressed copy, a few times smaller: comparing
   * the running, uncompressed file with it overstated the file's overhead); PostgreSQL's size after VACUUM FULL.
   * Before {@link #compactedMegabytes}.
   */
  static long liveMegabytes(String name) {
    if (postgres()) {
      return compactedMegabytes(name);
    }
    Path directory = Path.of("target", "bench", name);
    try (Stream<Path> files = Files.list(directory)) {
      Path file = files.filter(f -> f.getFileName().toString().endsWith(".mv.db")).findFirst().orElseThrow();
      Path copy = directory.resolveSibling(name + "-live-copy.mv.db");
      Files.deleteIfExists(copy);
      compactOnceClosed(file, copy);
      long megabytes = Files.size(copy) / (1024 * 1024);
      Files.delete(copy);
      return megabytes;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * H2's uncompressed copy, once the stopped application has let go of the file: on a loaded machine its pool may
   * still be closing the last connection (Hikari: "Timed-out waiting for close connection executor"), and the file
   * stays locked by this JVM until it has.
   */
  private static void compactOnceClosed(Path file, Path copy) throws IOException {
    long until = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(120);
    while (true) {
      try {
        org.h2.mvstore.MVStoreTool.compact(file.toString(), copy.toString(), false);
        return;
      } catch (org.h2.mvstore.MVStoreException stillOpen) {
        if (!String.valueOf(stillOpen.getMessage()).contains("locked") || System.nanoTime() > until) {
          throw stillOpen;
        }
        Files.deleteIfExists(copy);
        try {
          Thread.sleep(1000);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw stillOpen;
        }
      }
    }
  }

  /**
   * The live data in MB, of the stopped application's database: H2's file after SHUTDOWN COMPACT (which
   * rewrites it without its free space, LZF-compressed); PostgreSQL's size after VACUUM FULL.
   */
  static long compactedMegabytes(String name) {
    if (postgres()) {
      withPostgres(jdbc -> jdbc.execute("VACUUM FULL"));
      return megabytes(name);
    }
    SingleConnectionDataSource connection = new SingleConnectionDataSource(h2Url(name), "sa", "", true);
    try {
      new JdbcTemplate(connection).execute("SHUTDOWN COMPACT");
    } finally {
      connection.destroy();
    }
    return megabytes(name);
  }

  /** Empties the benchmark's database when it is done (it can be made again), unless -Dbench.keep-databases. */
  static void drop(String name) {
    if (!Boolean.getBoolean("bench.keep-databases")) {
      reset(name);
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

  private static void withPostgres(java.util.function.Consumer<JdbcTemplate> work) {
    SingleConnectionDataSource connection = new SingleConnectionDataSource(POSTGRES_URL, USER, PASSWORD, true);
    try {
      work.accept(new JdbcTemplate(connection));
    } finally {
      connection.destroy();
    }
  }
}
