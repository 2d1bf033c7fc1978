package se.betanketid;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Camunda's tables are Camunda's: none of our SQL (string literals in src/main/java, our Flyway migrations) reads or
 * writes an {@code ACT_*} table; we go through the engine's API, or the case register knows (the read log finds a
 * read's case through the register, the protected identity goes with the case's register rows).
 */
class NoSqlOnEngineTablesTest {

  /** A string literal (or SQL line) naming one of the engine's tables, e.g. "… FROM ACT_HI_PROCINST p …". */
  private static final Pattern ENGINE_TABLE = Pattern.compile("\"[^\"\\n]*\\bACT_(RU|HI|RE|GE|ID)_[A-Z_]+",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern ENGINE_TABLE_IN_SQL = Pattern.compile("^(?!\\s*--).*\\bACT_(RU|HI|RE|GE|ID)_[A-Z_]+",
      Pattern.CASE_INSENSITIVE | Pattern.MULTILINE);

  @Test
  void noSqlOfOursNamesAnEngineTable() throws IOException {
    List<String> offenders;
    try (Stream<Path> files = Stream.concat(
        Files.walk(ProjectFiles.PROJECT_DIR.resolve("src/main/java")).filter(f -> f.toString().endsWith(".java")),
        Files.walk(ProjectFiles.PROJECT_DIR.resolve("src/main/resources")).filter(f -> f.toString().endsWith(".sql")))) {
      offenders = files.filter(NoSqlOnEngineTablesTest::namesAnEngineTable)
          .map(f -> ProjectFiles.PROJECT_DIR.relativize(f).toString()).sorted().toList();
    }
    assertThat(offenders).isEmpty();
  }

  private static boolean namesAnEngineTable(Path file) {
    try {
      String text = Files.readString(file);
      return (file.toString().endsWith(".sql") ? ENGINE_TABLE_IN_SQL : ENGINE_TABLE).matcher(text).find();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
