package com.disputedesk.common.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;

@Configuration(proxyBeanMethods = false)
class ApiWebConfiguration {
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
