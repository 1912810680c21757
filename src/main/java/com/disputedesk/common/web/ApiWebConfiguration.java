package com.disputedesk.common.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;

@Configuration(proxyBeanMethods = false)
class ApiWebConfiguration {
  /** After authentication (who is calling), before idempotency and the controllers: a flood is refused cheaply. */
  @Bean
  FilterRegistrationBean<RateLimitFilter> rateLimitFilter(RateLimits limits) {
    FilterRegistrationBean<RateLimitFilter> registration = new FilterRegistrationBean<>(new RateLimitFilter(limits));
    registration.addUrlPatterns("/api/*");
    registration.setOrder(-10);
    return registration;
  }

  /** Runs after Spring Security's filter chain (order -100), so the key is scoped to the authenticated client. */
  @Bean
  FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(IdempotencyRecords records,
      TransactionTemplate transactions, ObjectMapper json) {
    FilterRegistrationBean<IdempotencyFilter> registration =
        new FilterRegistrationBean<>(new IdempotencyFilter(records, transactions, json));
    registration.addUrlPatterns("/api/*");
    registration.setOrder(0);
    return registration;
  }
}
