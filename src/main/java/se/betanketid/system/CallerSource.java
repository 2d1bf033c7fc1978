package se.betanketid.system;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/**
 * Another way of knowing the caller (single sign-on: sso.OidcCallers). When there is one, CallerResolver asks
 * only it: neither HTTP Basic nor the webapps' password session count then.
 */
public interface CallerSource {

  Optional<Caller> resolve(HttpServletRequest request);
}
