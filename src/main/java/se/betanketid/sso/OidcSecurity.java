package se.betanketid.sso;

import jakarta.servlet.http.HttpServletRequest;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Set;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.DelegatingLogoutSuccessHandler;
import org.springframework.security.web.authentication.logout.HttpStatusReturningLogoutSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.boot.autoconfigure.security.oauth2.resource.OAuth2ResourceServerProperties;

/**
 * Profile oidc: people log in at the OpenID Connect provider (authorization code with PKCE) for Tasklist,
 * Cockpit, Admin, the dashboard and the case pages; machines call the REST API and the Prometheus scrape with
 * the provider's bearer tokens (client credentials). Either way, only someone with at least one of our groups
 * (GroupMapping) gets in: 401 without a valid token or login, 403 without a mapped group, in Swedish.
 * Camunda's own password login is closed.
 */
@Configuration
@Profile("oidc")
@EnableWebSecurity
@EnableConfigurationProperties(OidcSettings.class)
class OidcSecurity {

  @Bean
  GroupMapping groupMapping(OidcSettings settings) {
    return new GroupMapping(settings.groupMapping());
  }

  /**
   * Bearer tokens: the REST API, the actuator (health stays open; the scrape checks its groups itself), and our
   * JSON API ({@code /api/**}: case pages' JSON, statistics, read log, documents) when a program calls it with a
   * token instead of a login session.
   */
  @Bean
  @Order(1)
  SecurityFilterChain machines(HttpSecurity http, JwtDecoder decoder, OidcSettings settings, GroupMapping groups)
      throws Exception {
    JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
    converter.setPrincipalClaimName(settings.userClaim());
    converter.setJwtGrantedAuthoritiesConverter(jwt -> new HashSet<>(groups.authorities(
        jwt.getClaim(settings.groupsClaim()))));
    return http
        .securityMatcher(new OrRequestMatcher(UriMatcher.of("/engine-rest/**", "/actuator/**"),
            new AndRequestMatcher(UriMatcher.of("/api/**"), OidcSecurity::carriesBearerToken)))
        .authorizeHttpRequests(requests -> requests
            .requestMatchers(UriMatcher.of("/engine-rest/engine", "/engine-rest/engine/", "/actuator/health",
                "/actuator/info")).permitAll()
            .anyRequest().access(withOurGroup()))
        .oauth2ResourceServer(server -> server
            .jwt(jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(converter))
            .authenticationEntryPoint(SwedishRefusals.jsonUnauthorized(SwedishRefusals.NO_TOKEN))
            .accessDeniedHandler(SwedishRefusals.jsonForbidden()))
        .exceptionHandling(exceptions -> exceptions
            .authenticationEntryPoint(SwedishRefusals.jsonUnauthorized(SwedishRefusals.NO_TOKEN))
            .accessDeniedHandler(SwedishRefusals.jsonForbidden()))
        .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(csrf -> csrf.disable()) // no cookies: a bearer token cannot be sent by another site
        .build();
  }

  private static boolean carriesBearerToken(HttpServletRequest request) {
    String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
    return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
  }

  /** People: login at the provider, the webapps, the dashboard, the case pages and our JSON API. */
  @Bean
  @Order(2)
  SecurityFilterChain people(HttpSecurity http, ClientRegistrationRepository registrations,
      SignedInPeople people) throws Exception {
    DefaultOAuth2AuthorizationRequestResolver withPkce = new DefaultOAuth2AuthorizationRequestResolver(
        registrations, OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
    withPkce.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
    OidcClientInitiatedLogoutSuccessHandler logoutAtProvider =
        new OidcClientInitiatedLogoutSuccessHandler(registrations);
    logoutAtProvider.setPostLogoutRedirectUri("{baseUrl}/sso/utloggad");
    return http
        .authorizeHttpRequests(requests -> requests
            .requestMatchers(UriMatcher.of("/sso/utloggad", "/error", "/favicon.ico")).permitAll()
            // Camunda's password login: nobody's password is kept here in this profile
            .requestMatchers(UriMatcher.of("/camunda/api/admin/auth/user/*/login/**")).denyAll()
            .anyRequest().access(withOurGroup()))
        .oauth2Login(login -> login
            .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(withPkce))
            .successHandler(rememberedThenOnward(people)))
        .logout(logout -> logout
            .logoutRequestMatcher(UriMatcher.of("/logout", "/camunda/api/admin/auth/user/*/logout"))
            .logoutSuccessHandler(afterLogout(logoutAtProvider)))
        .exceptionHandling(exceptions -> exceptions
            // the webapps' and our own XHR calls get 401, not a redirect to the provider
            .defaultAuthenticationEntryPointFor(
                SwedishRefusals.jsonUnauthorized(SwedishRefusals.NOT_LOGGED_IN),
                UriMatcher.of("/camunda/api/**", "/api/**"))
            .accessDeniedHandler(SwedishRefusals.pageForbidden()))
        // Camunda's webapps have their own CSRF protection (XSRF-TOKEN); our pages post nothing with cookies
        .csrf(csrf -> csrf.disable())
        .build();
  }

  @Bean
  SignedInPeople signedInPeople() {
    return new SignedInPeople();
  }

  /** After a login at the provider: the person is known to this node (in memory), then on to her page. */
  private static AuthenticationSuccessHandler rememberedThenOnward(SignedInPeople people) {
    SavedRequestAwareAuthenticationSuccessHandler onward = new SavedRequestAwareAuthenticationSuccessHandler();
    return (request, response, authentication) -> {
      people.current();
      onward.onAuthenticationSuccess(request, response, authentication);
    };
  }

  /** Our groups from the ID token's groups claim (the OIDC login). */
  @Bean
  GrantedAuthoritiesMapper oidcGroups(OidcSettings settings, GroupMapping groups) {
    return authorities -> {
      Set<GrantedAuthority> mapped = new HashSet<>(authorities);
      for (GrantedAuthority authority : authorities) {
        if (authority instanceof OidcUserAuthority user) {
          Object claim = user.getUserInfo() != null && user.getUserInfo().getClaim(settings.groupsClaim()) != null
              ? user.getUserInfo().getClaim(settings.groupsClaim())
              : user.getIdToken().getClaim(settings.groupsClaim());
          mapped.addAll(groups.authorities(claim));
        }
      }
      return mapped;
    };
  }

  /** The provider's keys and issuer, with the configured tolerance for clocks. */
  @Bean
  JwtDecoder jwtDecoder(OAuth2ResourceServerProperties properties, OidcSettings settings) {
    String issuer = properties.getJwt().getIssuerUri();
    NimbusJwtDecoder decoder = (NimbusJwtDecoder) JwtDecoders.fromIssuerLocation(issuer);
    decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
        new JwtTimestampValidator(settings.clockSkew()), new JwtIssuerValidator(issuer)));
    return decoder;
  }

  /**
   * /logout: on to the provider's end-session endpoint (RP-initiated logout), then /sso/utloggad. The webapps'
   * own logout is an XHR call that cannot follow the browser to the provider: it ends the session here only.
   */
  private static LogoutSuccessHandler afterLogout(LogoutSuccessHandler atProvider) {
    LinkedHashMap<RequestMatcher, LogoutSuccessHandler> byPath = new LinkedHashMap<>();
    byPath.put(UriMatcher.of("/camunda/api/**"), new HttpStatusReturningLogoutSuccessHandler(HttpStatus.OK));
    DelegatingLogoutSuccessHandler handler = new DelegatingLogoutSuccessHandler(byPath);
    handler.setDefaultLogoutSuccessHandler(atProvider);
    return handler;
  }

  private static AuthorizationManager<RequestAuthorizationContext> withOurGroup() {
    return (authentication, context) -> {
      var current = authentication.get();
      boolean allowed = current != null && current.isAuthenticated()
          && !GroupMapping.groupsOf(current.getAuthorities()).isEmpty();
      return new AuthorizationDecision(allowed);
    };
  }
}
