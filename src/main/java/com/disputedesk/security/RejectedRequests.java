package com.disputedesk.security;

import com.disputedesk.common.web.ProblemResponses;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/** A request the firewall refuses (a path with "..", "//" or control characters) gets a problem answer too. */
@Configuration(proxyBeanMethods = false)
class RejectedRequests {
  @Bean
  RequestRejectedHandler requestRejectedHandler() {
    return (request, response, rejected) -> ProblemResponses.write(response, 400, "malformed-request",
        "Malformed request", "The request's path or parameters are not acceptable.");
  }
}
