package com.disputedesk.security;

import com.disputedesk.common.web.ProblemResponses;

import com.disputedesk.common.DatabaseOutage;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * 401 as an RFC 9457 problem, with the Basic challenge; 503 when the credentials could not be checked because the
 * database is down (a right password must not be told it is wrong).
 */
class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {
  @Override
  public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
      throws IOException {
    if (e instanceof InternalAuthenticationServiceException && DatabaseOutage.causedBy(e)) {
      response.setHeader("Retry-After", "5");
      ProblemResponses.write(response, 503, "unavailable", "Temporarily unavailable",
          "The database cannot be reached right now, so credentials cannot be checked. Retry in a few seconds.");
      return;
    }
    response.setHeader("WWW-Authenticate", "Basic realm=\"DisputeDesk\"");
    ProblemResponses.write(response, 401, "unauthenticated", "Unauthorized",
        "Send HTTP Basic credentials of an API client or back-office user.");
  }
}
