package com.disputedesk.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A signed-in session follows its account at the next request: a disabled account is signed out, changed roles
 * (or a temporary password now changed) replace the session's authorities. One primary-key read per request,
 * cheaper than letting a removed mediator keep working until the session times out.
 */
class CurrentAccountFilter extends OncePerRequestFilter {
  private final CurrentAuthorities current;
  private final HttpSessionSecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

  CurrentAccountFilter(CurrentAuthorities current) {
    this.current = current;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    var context = SecurityContextHolder.getContext();
    Authentication auth = context.getAuthentication();
    if (auth != null && auth.isAuthenticated() && (auth instanceof UsernamePasswordAuthenticationToken
        || auth instanceof OAuth2AuthenticationToken)) {
      var now = current.of(auth.getName());
      if (now.isEmpty()) {
        new SecurityContextLogoutHandler().logout(request, response, auth);
      } else if (!CurrentAuthorities.same(auth.getAuthorities(), now.get())) {
        AbstractAuthenticationToken replaced = auth instanceof OAuth2AuthenticationToken oauth
            ? new OAuth2AuthenticationToken(oauth.getPrincipal(), now.get(), oauth.getAuthorizedClientRegistrationId())
            : UsernamePasswordAuthenticationToken.authenticated(auth.getPrincipal(), null, now.get());
        replaced.setDetails(auth.getDetails());
        context.setAuthentication(replaced);
        sessions.saveContext(context, request, response);
      }
    }
    chain.doFilter(request, response);
  }
}
