package se.betanketid.sso;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The LIKE of Camunda's user and group queries (Admin's and Cockpit's search), as TokenIdentityProvider answers it. */
class TokenIdentityProviderTest {

  @Test
  void likeIsSqlsLikeWithoutRegexSurprises() {
    assertThat(TokenIdentityProvider.like("socialtjanst-0180", "socialtjanst-%")).isTrue();
    assertThat(TokenIdentityProvider.like("Sara", "%AR%")).isTrue();
    assertThat(TokenIdentityProvider.like("sara", "s_ra")).isTrue();
    assertThat(TokenIdentityProvider.like("sara", "s_r")).isFalse();
    assertThat(TokenIdentityProvider.like("s.ra", "s.ra")).isTrue();
    assertThat(TokenIdentityProvider.like("sxra", "s.ra")).as("a dot is a dot").isFalse();
    assertThat(TokenIdentityProvider.like("a(b", "a(b")).isTrue();
    assertThat(TokenIdentityProvider.like(null, "%")).isFalse();
    assertThat(TokenIdentityProvider.like(null, null)).isTrue();
  }
}
