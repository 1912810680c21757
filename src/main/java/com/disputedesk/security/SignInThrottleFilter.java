package com.disputedesk.security;

import com.disputedesk.common.web.ProblemResponses;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Applies {@link SignInThrottle} before any password is checked: a throttled form sign-in goes back to the login
 * page saying how long to wait, a throttled HTTP Basic call gets 429 with {@code Retry-After}. Failures and
 * successes are counted from Spring Security's authentication events.
 */
class SignInThrottleFilter extends OncePerRequestFilter {
  private final SignInThrottle throttle;

  SignInThrottleFilter(SignInThrottle throttle) {
    this.throttle = throttle;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String username = attemptedUsername(request);
    if (username != null) {
      var wait = throttle.waitFor(username, request.getRemoteAddr());
      if (wait.isPresent()) {
        long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
        response.setHeader("Retry-After", Long.toString(seconds));
        if (isFormLogin(request)) {
          response.sendRedirect(request.getContextPath() + "/login?throttled=" + seconds);
        } else {
          ProblemResponses.write(response, 429, "too-many-sign-in-attempts", "Too many sign-in attempts",
              "Too many failed sign-ins for this account or from this address. Wait " + seconds
                  + " seconds, then try again.");
        }
        return;
      }
    }
    chain.doFilter(request, response);
  }

  private static boolean isFormLogin(HttpServletRequest request) {
    return "POST".equals(request.getMethod()) && "/login".equals(request.getServletPath());
  }

  /** The user name this request tries to sign in as, or null when it does not try. */
  private static String attemptedUsername(HttpServletRequest request) {
    if (isFormLogin(request)) {
      return String.valueOf(request.getParameter("username"));
    }
    String header = request.getHeader("Authorization");
    if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
      try {
        String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        int colon = decoded.indexOf(':');
        return colon < 0 ? decoded : decoded.substring(0, colon);
      } catch (IllegalArgumentException malformed) {
        return null; // Spring Security answers a malformed header itself
      }
    }
    return null;
  }

  /** Counts what the authentication managers report. */
  static class Counter {
    private final SignInThrottle throttle;

    Counter(SignInThrottle throttle) {
      this.throttle = throttle;
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
      throttle.failed(event.getAuthentication().getName(), address(event));
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
      throttle.succeeded(event.getAuthentication().getName());
    }

    private static String address(AbstractAuthenticationFailureEvent event) {
      return event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details
          ? details.getRemoteAddress() : "unknown";
    }
  }
}
