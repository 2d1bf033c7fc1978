package se.betanketid.sso;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.impl.Page;
import org.junit.jupiter.api.Test;

/** The LIKE and the pages of Camunda's user and group queries (Admin's and Cockpit's search), as TokenIdentityProvider answers them. */
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

  @Test
  void aPageIsItsPartOfWhatMatched() {
    List<String> all = List.of("a", "b", "c", "d");
    assertThat(TokenIdentityProvider.page(all, null)).isEqualTo(all);
    assertThat(TokenIdentityProvider.page(all, new Page(1, 2))).containsExactly("b", "c");
    assertThat(TokenIdentityProvider.page(all, new Page(3, 10))).containsExactly("d");
    assertThat(TokenIdentityProvider.page(all, new Page(9, 2))).isEmpty();
    assertThat(TokenIdentityProvider.page(all, new Page(0, Integer.MAX_VALUE))).isEqualTo(all);
  }
}
