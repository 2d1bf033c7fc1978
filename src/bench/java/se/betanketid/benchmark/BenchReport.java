package se.betanketid.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Prints a benchmark's figures and appends them to target/bench/results-&lt;run&gt;.txt, where the benchmarks of
 * one Maven run (one JVM each) collect their results; each benchmark prints the whole file at its end, so the
 * last one prints every figure of the run together.
 */
final class BenchReport {

  private static final Path RESULTS = Path.of("target", "bench",
      "results-" + System.getProperty("bench.run", "adhoc").replaceAll("[^0-9A-Za-z-]", "") + ".txt");

  private BenchReport() {}

  static void section(String title) {
    String header = "\n== " + title + " ==\n" + "   " + machine() + "\n";
    System.out.print(header);
    append(header);
  }

  static void line(String format, Object... args) {
    String text = "   " + String.format(Locale.ROOT, format, args) + "\n";
    System.out.print(text);
    append(text);
  }

  /** Progress that goes to the console only. */
  static void progress(String format, Object... args) {
    System.out.printf(Locale.ROOT, "   .. " + format + "%n", args);
  }

  /** Every result of this run so far. */
  static void printAll() {
    try {
      System.out.println("\n######## Benchmark results of this run (" + RESULTS + ") ########");
      System.out.print(Files.readString(RESULTS, StandardCharsets.UTF_8));
      System.out.println("########");
      BenchGoals.print();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static synchronized void append(String text) {
    try {
      Files.createDirectories(RESULTS.getParent());
      Files.writeString(RESULTS, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Cores, memory, Java, the time and the load average (the machine is shared). */
  static String machine() {
    return String.format(Locale.ROOT, "%s | %d cores | %s | Java %s (%s) | max heap %d MB | load %s",
        OffsetDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")),
        Runtime.getRuntime().availableProcessors(), memory(), System.getProperty("java.version"),
        System.getProperty("java.vm.name"), Runtime.getRuntime().maxMemory() / (1024 * 1024), load());
  }

  static String load() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      return parts[0] + " " + parts[1] + " " + parts[2];
    } catch (IOException | RuntimeException e) {
      return String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
  }

  private static String memory() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
        if (line.startsWith("MemTotal:")) {
          long kilobytes = Long.parseLong(line.replaceAll("\\D", ""));
          return String.format(Locale.ROOT, "%.1f GB RAM", kilobytes / 1024.0 / 1024.0);
        }
      }
    } catch (IOException | RuntimeException e) {
      // not Linux
    }
    return "RAM unknown";
  }

  /** Nearest-rank percentile (p in 0..100) of the samples. */
  static double percentile(List<Double> samples, double p) {
    List<Double> sorted = new ArrayList<>(samples);
    Collections.sort(sorted);
    int rank = (int) Math.ceil(p / 100.0 * sorted.size());
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
  }

  static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }
}
