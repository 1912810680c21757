package com.disputedesk.common.web;

import com.disputedesk.common.PartyId;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** Writes over budget get 429 with {@code Retry-After} and a problem body; reads are never limited here. */
class RateLimitFilter extends OncePerRequestFilter {
  private final RateLimits limits;

  RateLimitFilter(RateLimits limits) {
    this.limits = limits;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    var auth = SecurityContextHolder.getContext().getAuthentication();
    boolean write = !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())
        && !"OPTIONS".equals(request.getMethod());
    if (write && auth != null && auth.isAuthenticated()) {
      String contentType = String.valueOf(request.getContentType());
      var wait = limits.take(auth.getName(), request.getHeader(PartyId.HEADER),
          contentType.startsWith("multipart/"));
      if (wait.isPresent()) {
        long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
        response.setHeader("Retry-After", Long.toString(seconds));
        ProblemResponses.write(response, 429, "rate-limited", "Too many requests", "This party or client made "
            + "more changes than its budget allows. Retry in " + seconds + " seconds.");
        return;
      }
    }
    chain.doFilter(request, response);
  }
}
