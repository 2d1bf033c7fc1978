package se.betanketid.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.NestedExceptionUtils;
import se.betanketid.BetanketidApplication;

/**
 * The prod profile: no demo users, and no start without a strong administrator password. Starts the whole
 * application on a database of its own, as production would, with the environment given as arguments. In a JVM
 * of its own: a second application in the suite's JVM would take over the webapps' JVM-wide engine lookup.
 */
@Tag("separate-jvm")
class ProductionProfileIT {

  static final String STRONG = "Betänketid-Drift-2026!";

  @Test
  void refusesToStartWithoutAdminPassword() {
    assertThatThrownBy(() -> startProd("")).satisfies(failure -> assertThat(rootOf(failure))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("The prod profile needs an administrator password: set BETANKETID_ADMIN_PASSWORD."));
  }

  @Test
  void refusesToStartWithWeakAdminPassword() {
    assertThatThrownBy(() -> startProd("password123")).satisfies(failure -> assertThat(rootOf(failure))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("BETANKETID_ADMIN_PASSWORD is too weak"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Sh0rt!pass", "alllowercase-123", "ALLUPPERCASE-123", "OnlyLettersHere", "Admin-Secret-2026"})
  void weakPasswords(String weak) {
    assertThatThrownBy(() -> ProductionAdmin.requireStrong("admin", weak))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("too weak");
  }

  @Test
  void startsWithStrongPasswordAndOnlyTheAdministrator() {
    try (ConfigurableApplicationContext context = startProd(STRONG)) {
      IdentityService identities = context.getBean(IdentityService.class);
      assertThat(identities.createUserQuery().list()).extracting(User::getId).containsExactly("admin");
      assertThat(identities.createUserQuery().memberOfGroup("camunda-admin").userId("admin").count()).isOne();
      assertThat(identities.checkPassword("admin", STRONG)).isTrue();
      assertThat(context.getBeansOfType(DemoIdentities.class)).isEmpty();
    }
  }

  private static Throwable rootOf(Throwable failure) {
    return NestedExceptionUtils.getMostSpecificCause(failure);
  }

  /**
   * The application under the prod profile on a fresh in-memory database. The engine and process
   * application get unique names: another test's context may hold the JVM-wide name "default".
   */
  private static ConfigurableApplicationContext startProd(String adminPassword) {
    List<String> args = new ArrayList<>(List.of(
        "--spring.datasource.url=jdbc:h2:mem:prod-" + UUID.randomUUID(),
        "--server.port=0",
        "--camunda.bpm.job-execution.enabled=false",
        "--camunda.bpm.generate-unique-process-engine-name=true",
        "--camunda.bpm.generate-unique-process-application-name=true",
        "--BETANKETID_ADMIN_PASSWORD=" + adminPassword,
        "--SMTP_HOST=localhost",
        "--SMTP_PORT=3025",
        "--SMTP_USERNAME=betanketid",
        "--SMTP_PASSWORD=secret",
        "--MAIL_FROM=betanketid@kommun.example",
        "--TASKLIST_URL=https://betanketid.kommun.example/camunda/app/tasklist/default/"));
    return new SpringApplicationBuilder(BetanketidApplication.class).profiles("prod")
        .run(args.toArray(String[]::new));
  }
}
