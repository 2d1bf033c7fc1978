package se.betanketid.sso;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * betanketid.oidc: which claims of the provider's tokens name the user and her groups, and how the provider's
 * groups map to ours (socialtjanst-0180, chef-0180, ...). A provider group that is not mapped gives no rights.
 */
@ConfigurationProperties("betanketid.oidc")
public record OidcSettings(String userClaim, String groupsClaim, Duration clockSkew,
    Map<String, String> groupMapping) {

  public OidcSettings {
    userClaim = userClaim == null || userClaim.isBlank() ? "preferred_username" : userClaim;
    groupsClaim = groupsClaim == null || groupsClaim.isBlank() ? "groups" : groupsClaim;
    clockSkew = clockSkew == null ? Duration.ofSeconds(60) : clockSkew;
    groupMapping = groupMapping == null ? Map.of() : Map.copyOf(groupMapping);
  }
}
