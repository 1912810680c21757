package com.disputedesk.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/** 401 as an RFC 9457 problem, with the Basic challenge. */
class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {
  @Override
  public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
      throws IOException {
    response.setHeader("WWW-Authenticate", "Basic realm=\"DisputeDesk\"");
    Problems.write(response, 401, "unauthenticated", "Unauthorized",
        "Send HTTP Basic credentials of an API client or back-office user.");
  }
}
