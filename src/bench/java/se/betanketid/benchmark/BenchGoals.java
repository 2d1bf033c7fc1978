package se.betanketid.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The goals of issue 20 as one table (docs/benchmarks.md, "Goals"): each benchmark records the rows it measured,
 * ratios taken within its own run, in target/bench/goals-&lt;run&gt;.txt; {@link #print()} prints every row of the
 * table with its figure, goal and MET/MISSED, and "not measured in this run" for the rows another benchmark
 * measures. A goal is printed, never asserted: benchmarks fail only when something does not work.
 */
final class BenchGoals {

  static final String CASE_TASK_TIME = "full case's user task / trivial process's task, time";
  static final String CASE_TASK_CPU = "full case's user task / trivial process's task, CPU";
  static final String TRIVIAL_BARE_TIME = "trivial process's task / bare engine's, time";
  static final String TRIVIAL_BARE_CPU = "trivial process's task / bare engine's, CPU";
  static final String TIMERS = "due timers fired per second";
  static final String FILE_THROUGHPUT = "H2 file / live data, after the throughput run";
  static final String FILE_TIMERS = "H2 file / live data, after the timer run";
  static final String FILE_THROUGHPUT_LARGEST = "largest H2 file during the throughput run / live data";
  static final String FILE_TIMERS_LARGEST = "largest H2 file during the timer run / live data";
  static final String RESTART = "restart until the REST API answers";
  static final String KILL = "a committed case after kill -9";

  /** The rows in the order, with their goal. */
  private static final Map<String, String> GOALS = new LinkedHashMap<>();

  static {
    GOALS.put(CASE_TASK_TIME, "<= 1.1 x");
    GOALS.put(CASE_TASK_CPU, "<= 1.1 x");
    GOALS.put(TRIVIAL_BARE_TIME, "<= 1.5 x");
    GOALS.put(TRIVIAL_BARE_CPU, "<= 1.5 x");
    GOALS.put(TIMERS, ">= 300/s");
    GOALS.put(FILE_THROUGHPUT, "<= 3 x");
    GOALS.put(FILE_THROUGHPUT_LARGEST, "<= 3 x (bounded)");
    GOALS.put(FILE_TIMERS, "<= 3 x");
    GOALS.put(FILE_TIMERS_LARGEST, "<= 3 x (bounded)");
    GOALS.put(RESTART, "<= 12 s");
    GOALS.put(KILL, "kept");
  }

  private static final Path FILE = Path.of("target", "bench",
      "goals-" + System.getProperty("bench.run", "adhoc").replaceAll("[^0-9A-Za-z-]", "") + ".txt");

  private BenchGoals() {}

  /** A ratio whose goal is at most {@code goal}. */
  static void atMost(String row, double value, double goal, String unit, String detail) {
    record(row, String.format(Locale.ROOT, "%.2f%s", value, unit), value <= goal, detail);
  }

  /** A figure whose goal is at least {@code goal}. */
  static void atLeast(String row, double value, double goal, String unit, String detail) {
    record(row, String.format(Locale.ROOT, "%.0f%s", value, unit), value >= goal, detail);
  }

  /** A row whose figure comes from elsewhere (a test rather than a benchmark). */
  static void fact(String row, String figure, boolean met, String detail) {
    record(row, figure, met, detail);
  }

  private static synchronized void record(String row, String figure, boolean met, String detail) {
    if (!GOALS.containsKey(row)) {
      throw new IllegalArgumentException("Not a row of the goals: " + row);
    }
    String line = row + "\t" + figure + "\t" + (met ? "MET" : "MISSED") + "\t" + detail + "\n";
    try {
      Files.createDirectories(FILE.getParent());
      Files.writeString(FILE, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The table: every row of the issue, measured in this run or not. */
  static void print() {
    Map<String, String[]> measured = new LinkedHashMap<>();
    try {
      List<String> lines = Files.exists(FILE) ? Files.readAllLines(FILE, StandardCharsets.UTF_8) : List.of();
      for (String line : lines) {
        String[] parts = line.split("\t", 4);
        measured.put(parts[0], parts);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    StringBuilder table = new StringBuilder();
    table.append("\n######## Goals (issue 20), this run ########\n");
    table.append(String.format(Locale.ROOT, "%-56s %-12s %-18s %-7s %s%n", "measure", "figure", "goal", "", "how"));
    GOALS.forEach((row, goal) -> {
      String[] parts = measured.get(row);
      if (parts == null && row.equals(KILL)) {
        parts = new String[] {row, "-", "(test)", "not a benchmark: CrashRestartIT (./mvnw verify) kills the packaged"
            + " app with kill -9 right after commits, restarts it, and finds every committed case and due timer"};
      }
      table.append(parts == null
          ? String.format(Locale.ROOT, "%-56s %-12s %-18s %-7s %s%n", row, "-", goal, "", "not measured in this run")
          : String.format(Locale.ROOT, "%-56s %-12s %-18s %-7s %s%n", row, parts[1], goal, parts[2], parts[3]));
    });
    table.append("########\n");
    System.out.print(table);
  }
}
