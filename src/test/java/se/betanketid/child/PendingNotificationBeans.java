package se.betanketid.child;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tests only: stands in for the notification delegates of the BPMN contracts ({@code sendEscalation},
 * {@code sendReminder}, {@code notifyChildWithoutCoverage}) while they are missing from the application. Registers
 * nothing once the real beans exist (checked after every configuration class is read). Tests assert on the
 * process history (which service task ran, with which {@code escalationKind}), not on these stand-ins.
 */
@Configuration
class PendingNotificationBeans {

  static final List<String> NAMES = List.of("sendEscalation", "sendReminder", "notifyChildWithoutCoverage");

  @Bean
  static BeanDefinitionRegistryPostProcessor pendingNotificationDelegates() {
    return (BeanDefinitionRegistry registry) -> {
      for (String name : NAMES) {
        if (!registry.containsBeanDefinition(name)) {
          registry.registerBeanDefinition(name, new RootBeanDefinition(NoNotification.class));
        }
      }
    };
  }

  static class NoNotification implements JavaDelegate {

    private static final Logger LOG = LoggerFactory.getLogger(NoNotification.class);

    @Override
    public void execute(DelegateExecution execution) {
      LOG.debug("No notification bean yet: {} in case {}", execution.getCurrentActivityId(),
          execution.getBusinessKey());
    }
  }
}
