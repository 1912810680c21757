package com.disputedesk.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The signed-in Spring Security user, as Camunda's webapps see it. Roles map to Camunda groups: ADMIN to
 * {@code camunda-admin}, every other role to {@link Roles#camundaGroup}.
 */
public class SpringSecurityCamundaAuthentication extends ContainerBasedAuthenticationProvider {
  @Override
  public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
      return AuthenticationResult.unsuccessful();
    }
    AuthenticationResult result = AuthenticationResult.successful(auth.getName());
    result.setGroups(groups(auth));
    return result;
  }

  static List<String> groups(Authentication auth) {
    return auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
        .filter(a -> a.startsWith("ROLE_")).map(a -> a.substring(5))
        .flatMap(role -> Roles.camundaGroup(role).stream()).toList();
  }
}
