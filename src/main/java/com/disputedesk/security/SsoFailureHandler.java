package com.disputedesk.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/** A person without a role gets a page that says so; any other refusal goes back to the login page with its code. */
class SsoFailureHandler implements AuthenticationFailureHandler {
  @Override
  public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
      AuthenticationException e) throws IOException {
    String code = e instanceof OAuth2AuthenticationException oauth ? oauth.getError().getErrorCode() : "failed";
    if (SsoAccounts.NO_ROLE.equals(code)) {
      response.sendRedirect(request.getContextPath() + "/no-role");
      return;
    }
    String known = switch (code) {
      case SsoAccounts.DISABLED, SsoAccounts.LOCAL_ACCOUNT, "username_unusable" -> code;
      default -> "failed";
    };
    response.sendRedirect(request.getContextPath() + "/login?sso-error=" + known);
  }
}
