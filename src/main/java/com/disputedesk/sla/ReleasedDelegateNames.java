package com.disputedesk.sla;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Cases running on the released 1.0 models call the breach task by its old per-module names: same delegate. */
@Configuration(proxyBeanMethods = false)
class ReleasedDelegateNames {
  @Bean
  static BeanFactoryPostProcessor slaBreachAliases() {
    return factory -> {
      for (String name : SlaBreachDelegate.RELEASED_NAMES) {
        factory.registerAlias("slaBreach", name);
      }
    };
  }
}
