package com.disputedesk.security;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Administrators open Cockpit and Admin with their workspace login: Camunda's container-based authentication
 * filter asks {@link SpringSecurityCamundaAuthentication} who is signed in, after Spring Security (order -100) ran.
 */
@Configuration(proxyBeanMethods = false)
class CamundaSingleSignOn {
  @Bean
  FilterRegistrationBean<ContainerBasedAuthenticationFilter> camundaContainerAuthentication() {
    var registration = new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
    registration.setInitParameters(Map.of("authentication-provider",
        SpringSecurityCamundaAuthentication.class.getName()));
    registration.setUrlPatterns(List.of("/camunda/*"));
    registration.setOrder(-99);
    return registration;
  }
}
