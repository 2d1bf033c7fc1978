package se.betanketid;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on the {@code test} profile (in-memory H2, job executor off) behind a random port.
 * Every {@code *IT} uses exactly this configuration so that they share ONE Spring context: Camunda registers
 * its engine JVM-wide under the name "default" (ProcessEngines, the platform's MBeans), so a second context
 * with another configuration in the same JVM fails to start ("service with same name already registered").
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public @interface IntegrationTest {}
