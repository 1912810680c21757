package com.disputedesk.security;

import java.nio.charset.StandardCharsets;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/** A request the firewall refuses (a path with "..", "//" or control characters) gets a problem answer too. */
@Configuration(proxyBeanMethods = false)
class RejectedRequests {
  @Bean
  RequestRejectedHandler requestRejectedHandler() {
    return (request, response, rejected) -> {
      response.setStatus(400);
      response.setContentType("application/problem+json");
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      response.getWriter().write("{\"type\":\"https://disputedesk.example/problems/malformed-request\","
          + "\"title\":\"Malformed request\",\"status\":400,\"detail\":\"The request's path or parameters are not "
          + "acceptable.\"}");
    };
  }
}
