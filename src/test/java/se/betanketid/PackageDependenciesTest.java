package se.betanketid;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import se.betanketid.engine.Hook;

/**
 * The packages' arrows as docs/architecture.md draws them: each package uses only the packages its row names
 * and the floor; no cycle between packages; a package that is in no row fails (place it in the table first).
 * Also: a {@code *Test} is a unit test and starts no application (that is an {@code *IT}).
 */
class PackageDependenciesTest {

  private static final String ROOT = "se.betanketid";

  /** The floor: used by everyone, uses only the floor (and no cycle among them). */
  static final Set<String> FLOOR = Set.of("engine", "identity", "municipality", "calendar", "validation", "retention",
      "system");

  private static final String EVERY_PACKAGE = "*";

  /** What each package above the floor may use besides the floor and itself. */
  static final Map<String, Set<String>> MAY_USE = Map.ofEntries(
      Map.entry("casefile", Set.of()),
      Map.entry("application", Set.of("casefile")),
      Map.entry("reflectionperiod", Set.of("casefile")),
      Map.entry("child", Set.of("casefile")),
      // NotifyCoordinatorOfDeclineDelegate sets two variables of the social services' route
      Map.entry("notification", Set.of("casefile", "application")),
      Map.entry("register", Set.of("casefile")),
      // the case pages log their own reads, and serve the protected identity (logged too)
      Map.entry("caseview", Set.of("casefile", "register", "readlog")),
      Map.entry("statistics", Set.of("casefile", "register")),
      // the dashboard shares the statistics' access rule, scope, labels and small-count suppression
      Map.entry("dashboard", Set.of("casefile", "register", "statistics")),
      // the demo cases drive every process; nothing uses demo (no row names it)
      Map.entry("demo", Set.of(EVERY_PACKAGE)),
      // a document's read is logged
      Map.entry("document", Set.of("casefile", "application", "readlog")),
      Map.entry("sso", Set.of()),
      // the case's variable names; break-glass mails the case's managers
      Map.entry("readlog", Set.of("casefile", "notification")));

  private static final Set<String> STARTERS = Set.of("org.springframework.boot.SpringApplication",
      "org.springframework.boot.builder.SpringApplicationBuilder");

  private static final JavaClasses MAIN = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(ROOT);

  static Set<String> packages() {
    return MAIN.stream().map(PackageDependenciesTest::topPackage).filter(p -> !p.isEmpty())
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static String topPackage(JavaClass type) {
    String name = type.getPackageName();
    if (!name.startsWith(ROOT + ".")) {
      return "";
    }
    String rest = name.substring(ROOT.length() + 1);
    int dot = rest.indexOf('.');
    return dot < 0 ? rest : rest.substring(0, dot);
  }

  @Test
  void everyPackageHasItsRow() {
    Set<String> placed = new TreeSet<>(FLOOR);
    placed.addAll(MAY_USE.keySet());
    assertThat(placed).containsAll(packages());
  }

  @Test
  void noCycleBetweenPackages() {
    slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(MAIN);
  }

  /** The floor uses only the floor; any other package its row and the floor. */
  private static Set<String> allowed(String pkg) {
    Set<String> allowed = new TreeSet<>(FLOOR);
    if (!FLOOR.contains(pkg)) {
      Set<String> row = MAY_USE.getOrDefault(pkg, Set.of());
      allowed.addAll(row.contains(EVERY_PACKAGE) ? packages() : row);
    }
    allowed.add(pkg);
    return allowed;
  }

  @ParameterizedTest
  @MethodSource("packages")
  void usesOnlyWhatItsRowNames(String pkg) {
    Set<String> allowed = allowed(pkg);
    String[] forbidden = packages().stream().filter(other -> !allowed.contains(other))
        .map(other -> ROOT + "." + other + "..").toArray(String[]::new);
    if (forbidden.length > 0) {
      noClasses().that().resideInAPackage(ROOT + "." + pkg + "..")
          .should().dependOnClassesThat().resideInAnyPackage(forbidden)
          .because("docs/architecture.md: " + pkg + " uses " + allowed)
          .check(MAIN);
    }
  }

  /**
   * The same in the source: a constant ({@code static final String}) is copied into the class that uses it, so the
   * bytecode above does not show who names whose constants; the imports and qualified names do.
   */
  @ParameterizedTest
  @MethodSource("packages")
  void namesOnlyWhatItsRowNames(String pkg) {
    Set<String> named = new TreeSet<>();
    Pattern reference = Pattern.compile("\\bse\\.betanketid\\.([a-z]+)\\.");
    try (Stream<Path> files = Files.walk(Path.of("src/main/java/se/betanketid", pkg))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        Matcher matcher = reference.matcher(Files.readString(file));
        while (matcher.find()) {
          named.add(matcher.group(1));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    named.retainAll(packages());
    assertThat(named).as("packages named in the source of " + pkg).isSubsetOf(allowed(pkg));
  }

  /** The engine's hooks in one place: features add an {@code engine.EngineHook}, never a plugin of their own. */
  @Test
  void theEngineHasOnePluginOfOurs() {
    classes().that().implement(ProcessEnginePlugin.class).should().haveFullyQualifiedName(ROOT + ".engine.EnginePlugin")
        .because("docs/architecture.md: every hook is registered by engine.EnginePlugin in the order of engine.Hook")
        .check(MAIN);
  }

  @Test
  void aUnitTestStartsNoApplication() {
    JavaClasses tests = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS).importPackages(ROOT);
    noClasses().that().haveSimpleNameEndingWith("Test").and().areNotAnnotations()
        .should().beAssignableTo(ProcessTestCase.class)
        .orShould().beMetaAnnotatedWith(SpringBootTest.class)
        .orShould().dependOnClassesThat(DescribedPredicate.describe("start the application",
            (JavaClass type) -> STARTERS.contains(type.getName())))
        .because("docs/development.md: *Test is a unit test (Surefire); one that starts the application is an *IT (Failsafe)")
        .check(tests);
  }

  /** docs/architecture.md's table "Which package may use which" says what {@link #MAY_USE} enforces. */
  @Test
  void theArchitecturePageDrawsTheseArrows() throws IOException {
    Map<String, Set<String>> drawn = new HashMap<>();
    Pattern name = Pattern.compile("`([a-z]+)`");
    for (String row : tableRows("### Which package may use which")) {
      String[] cells = row.split("\\|");
      String uses = cells[2].trim().replaceAll("\\([^)]*\\)", "");
      Set<String> used = new TreeSet<>();
      if (uses.startsWith("every package")) {
        used.add(EVERY_PACKAGE);
      } else {
        Matcher matcher = name.matcher(uses);
        while (matcher.find()) {
          used.add(matcher.group(1));
        }
      }
      Matcher packages = name.matcher(cells[1]);
      while (packages.find()) {
        drawn.put(packages.group(1), used);
      }
    }
    assertThat(drawn).as("docs/architecture.md's table against MAY_USE").isEqualTo(MAY_USE);
  }

  /** docs/architecture.md's table of the engine's hooks lists {@link Hook} in its order. */
  @Test
  void theArchitecturePageListsTheHooksInTheirOrder() throws IOException {
    List<String> drawn = tableRows("## The engine's hooks").stream().map(row -> row.split("\\|")[2].trim())
        .map(cell -> cell.replace("`", "")).toList();
    assertThat(drawn).isEqualTo(Arrays.stream(Hook.values()).map(Hook::name).toList());
  }

  /** The body rows of the first table after the heading. */
  private static List<String> tableRows(String heading) throws IOException {
    List<String> lines = Files.readAllLines(Path.of("docs/architecture.md"));
    int first = 0;
    while (!lines.get(first).startsWith(heading)) {
      first++;
    }
    while (!lines.get(first).startsWith("|")) {
      first++;
    }
    List<String> rows = new ArrayList<>();
    for (int i = first + 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
      rows.add(lines.get(i));
    }
    return rows;
  }
}
