package se.betanketid.sso;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.betanketid.resilience.PackagedApp;

/**
 * The packaged application on profile oidc against the tests' Keycloak, with a fresh H2 database, the realm's
 * groups mapped to ours (ove's group okand-enhet deliberately not) and no clock tolerance (so that a token
 * one second old is expired). Started once per test JVM (the oidc tests share it, as they share Keycloak) and
 * stopped when the JVM ends. Its database is open to the tests too (H2's AUTO_SERVER), to count rows.
 */
public final class OidcApp {

  /** The realm's groups (Keycloak) and ours. */
  public static final Map<String, String> GROUP_MAPPING = Map.ofEntries(
      Map.entry("sthlm-socialtjanst", "socialtjanst-0180"),
      Map.entry("gbg-socialtjanst", "socialtjanst-1480"),
      Map.entry("sthlm-regionkoordinator", "regionkoordinator-stockholm"),
      Map.entry("vast-regionkoordinator", "regionkoordinator-vast"),
      Map.entry("polis-sthlm-forundersokningsledare", "forundersokningsledare-stockholm"),
      Map.entry("polis-vast-forundersokningsledare", "forundersokningsledare-vast"),
      Map.entry("sthlm-chef", "chef-0180"),
      Map.entry("gbg-chef", "chef-1480"),
      Map.entry("nationell-samordning", "nationell-samordning"),
      Map.entry("betanketid-admin", "camunda-admin"),
      Map.entry("integration-migrationsverket", "integration-migrationsverket"));

  /** Camunda's identity tables: profile oidc never writes them. */
  public static final List<String> IDENTITY_TABLES = List.of("ACT_ID_USER", "ACT_ID_GROUP", "ACT_ID_MEMBERSHIP",
      "ACT_ID_INFO", "ACT_ID_TENANT", "ACT_ID_TENANT_MEMBER");

  private static OidcApp shared;

  private final PackagedApp app;
  private final String databaseUrl;

  private OidcApp(PackagedApp app, String databaseUrl) {
    this.app = app;
    this.databaseUrl = databaseUrl;
  }

  /** The application of this JVM, started at the first call (with Keycloak). */
  public static synchronized OidcApp get() throws Exception {
    if (shared == null) {
      shared = start(KeycloakServer.get());
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          shared.app.stop();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }));
    }
    return shared;
  }

  public String baseUrl() {
    return "http://localhost:" + app.port();
  }

  /** The rows of each of Camunda's identity tables. */
  public Map<String, Long> identityRows() throws SQLException {
    Map<String, Long> rows = new LinkedHashMap<>();
    try (Connection connection = DriverManager.getConnection(databaseUrl, "sa", "");
        Statement statement = connection.createStatement()) {
      for (String table : IDENTITY_TABLES) {
        try (ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
          count.next();
          rows.put(table, count.getLong(1));
        }
      }
    }
    return rows;
  }

  private static OidcApp start(KeycloakServer keycloak) throws Exception {
    Path data = Files.createTempDirectory(Path.of("target"), "oidc-app-");
    String url = "jdbc:h2:file:" + data.toAbsolutePath() + "/betanketid;AUTO_SERVER=TRUE";
    Map<String, String> properties = new LinkedHashMap<>();
    properties.put("spring.profiles.active", "oidc");
    properties.put("spring.datasource.url", url);
    properties.put("OIDC_ISSUER_URI", keycloak.issuer());
    properties.put("OIDC_CLIENT_SECRET", KeycloakServer.WEBAPP_SECRET);
    properties.put("OIDC_CLOCK_SKEW", "PT0S");
    properties.put("SMTP_PORT", "1");
    GROUP_MAPPING.forEach((theirs, ours) -> properties.put("betanketid.oidc.group-mapping." + theirs, ours));
    PackagedApp app = new PackagedApp(properties);
    try {
      return new OidcApp(app.start(), url);
    } catch (Exception | AssertionError failed) {
      app.stop(); // a failed start leaves no process behind
      throw failed;
    }
  }
}
