package se.betanketid.register;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.stereotype.Component;

/**
 * The register's tables exist before the engine starts: Flyway's migration (Spring Boot's bean
 * {@code flywayInitializer}) runs before Camunda's engine is built, so that no engine work at start (demo cases,
 * due jobs) writes to a table that is not there yet. Camunda still creates its own ACT_* tables itself.
 */
@Component
class FlywayBeforeEngine implements BeanFactoryPostProcessor {

  static final String ENGINE_BEAN = "processEngineFactoryBean";
  static final String FLYWAY_BEAN = "flywayInitializer";

  @Override
  public void postProcessBeanFactory(ConfigurableListableBeanFactory beans) {
    if (!beans.containsBeanDefinition(ENGINE_BEAN) || !beans.containsBeanDefinition(FLYWAY_BEAN)) {
      return;
    }
    BeanDefinition engine = beans.getBeanDefinition(ENGINE_BEAN);
    String[] before = engine.getDependsOn() == null ? new String[0] : engine.getDependsOn();
    String[] after = java.util.Arrays.copyOf(before, before.length + 1);
    after[before.length] = FLYWAY_BEAN;
    engine.setDependsOn(after);
  }
}
