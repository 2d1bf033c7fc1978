package se.betanketid;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The project's model files as they are on disk (bpmn/, forms/), independent of what was deployed. */
public final class ProjectFiles {

  /** The project directory: Maven's basedir, or the working directory when run from an IDE. */
  public static final Path PROJECT_DIR = Path.of(System.getProperty("basedir", "")).toAbsolutePath();

  private ProjectFiles() {}

  /** The files under bpmn/ and forms/ whose names end with one of the suffixes (e.g. ".bpmn"), sorted. */
  public static List<Path> modelFiles(String... suffixes) {
    return Stream.of("bpmn", "forms")
        .map(PROJECT_DIR::resolve)
        .filter(Files::isDirectory)
        .flatMap(ProjectFiles::walk)
        .filter(Files::isRegularFile)
        .filter(file -> Stream.of(suffixes).anyMatch(suffix -> file.getFileName().toString().endsWith(suffix)))
        .sorted()
        .toList();
  }

  /** The name of a file's resource on the classpath and in the deployment, e.g. "bpmn/X.bpmn". */
  public static String resourceName(Path file) {
    return PROJECT_DIR.relativize(file).toString().replace('\\', '/');
  }

  /** The file name without its suffix, e.g. "SocialServicesApplicationProcess". */
  public static String baseName(Path file) {
    String name = file.getFileName().toString();
    return name.substring(0, name.lastIndexOf('.'));
  }

  private static Stream<Path> walk(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.toList().stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
