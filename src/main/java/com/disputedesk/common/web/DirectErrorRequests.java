package com.disputedesk.common.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code /error} is where the container forwards failures; asked for directly it has no error to show (Boot's
 * controller then answered 500). A direct request gets a 404 problem instead.
 */
@Configuration(proxyBeanMethods = false)
class DirectErrorRequests {
  @Bean
  FilterRegistrationBean<OncePerRequestFilter> directErrorRequestFilter() {
    var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {
      @Override
      protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
          throws ServletException, IOException {
        if ((request.getContextPath() + "/error").equals(request.getRequestURI())) {
          ProblemResponses.write(response, 404, "not-found", "Not found", "There is nothing at /error.");
          return;
        }
        chain.doFilter(request, response);
      }
    });
    registration.setDispatcherTypes(DispatcherType.REQUEST);
    registration.setOrder(-300);
    return registration;
  }
}
