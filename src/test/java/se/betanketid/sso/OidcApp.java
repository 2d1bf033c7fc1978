package se.betanketid.sso;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import se.betanketid.resilience.PackagedApp;

/**
 * The packaged application on profile oidc against the tests' Keycloak, with a fresh H2 database, the realm's
 * groups mapped to ours (ove's group okand-enhet deliberately not) and no clock tolerance (so that a token
 * one second old is expired).
 */
public final class OidcApp {

  /** The realm's groups (Keycloak) and ours. */
  public static final Map<String, String> GROUP_MAPPING = Map.of(
      "sthlm-socialtjanst", "socialtjanst-0180",
      "gbg-socialtjanst", "socialtjanst-1480",
      "sthlm-regionkoordinator", "regionkoordinator-stockholm",
      "sthlm-chef", "chef-0180",
      "nationell-samordning", "nationell-samordning",
      "betanketid-admin", "camunda-admin",
      "integration-migrationsverket", "integration-migrationsverket");

  private OidcApp() {}

  public static PackagedApp start(KeycloakServer keycloak, String name) throws Exception {
    Path data = Files.createTempDirectory(Path.of("target"), name + "-");
    Map<String, String> properties = new LinkedHashMap<>();
    properties.put("spring.profiles.active", "oidc");
    properties.put("spring.datasource.url", "jdbc:h2:file:" + data.toAbsolutePath() + "/betanketid");
    properties.put("OIDC_ISSUER_URI", keycloak.issuer());
    properties.put("OIDC_CLIENT_SECRET", KeycloakServer.WEBAPP_SECRET);
    properties.put("OIDC_CLOCK_SKEW", "PT0S");
    properties.put("SMTP_PORT", "1");
    GROUP_MAPPING.forEach((theirs, ours) -> properties.put("betanketid.oidc.group-mapping." + theirs, ours));
    PackagedApp app = new PackagedApp(properties);
    try {
      return app.start();
    } catch (Exception | AssertionError failed) {
      app.stop(); // a failed start leaves no process behind
      throw failed;
    }
  }
}
