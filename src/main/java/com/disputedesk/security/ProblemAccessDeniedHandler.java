package com.disputedesk.security;

import com.disputedesk.common.web.ProblemResponses;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;

/** 403 as an RFC 9457 problem. */
class ProblemAccessDeniedHandler implements AccessDeniedHandler {
  @Override
  public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
      throws IOException {
    var auth = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
    if (auth != null && auth.getAuthorities().stream().anyMatch(a -> Roles.PASSWORD_CHANGE_REQUIRED.equals(
        a.getAuthority()))) {
      ProblemResponses.write(response, 403, "password-change-required", "Password change required",
          "Your password is temporary: sign in to the workspace and choose your own before using this.");
      return;
    }
    ProblemResponses.write(response, 403, "forbidden", "Forbidden",
        "Your role may not use this endpoint: party endpoints are for the marketplace client, operations "
            + "endpoints for operations leads.");
  }
}
