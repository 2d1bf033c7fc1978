package se.betanketid.reflectionperiod;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.stereotype.Component;

/**
 * Test scaffolding while features are built in parallel: registers do-nothing beans for the names the BPMN
 * refers to ({@code sendReminder}, {@code sendEscalation}, {@code notifyChildWithoutCoverage},
 * {@code guardianPeriod}) only where no real bean of that name exists, so it switches itself off as the real
 * ones land. The tests assert the service tasks ran (history), not what these do.
 */
@Component
class StandInsForMissingBeans implements BeanDefinitionRegistryPostProcessor {

  @Override
  public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
    for (String name : new String[] {"sendReminder", "sendEscalation", "notifyChildWithoutCoverage"}) {
      if (!registry.containsBeanDefinition(name)) {
        registry.registerBeanDefinition(name, new RootBeanDefinition(NoDelegate.class));
      }
    }
    if (!registry.containsBeanDefinition("guardianPeriod")) {
      registry.registerBeanDefinition("guardianPeriod", new RootBeanDefinition(NoGuardianPeriod.class));
    }
  }

  @Override
  public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
    // nothing
  }

  /** Stands in for a notification delegate. */
  public static class NoDelegate implements JavaDelegate {
    @Override
    public void execute(DelegateExecution execution) {
      // a stand-in sends nothing
    }
  }

  /** Stands in for {@code child.GuardianPeriod}. */
  public static class NoGuardianPeriod {
    public void announce(DelegateExecution execution) {
      // no children's cases to tell
    }

    public void ended(DelegateExecution execution) {
      // no children's cases to tell
    }
  }
}
