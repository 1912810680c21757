package com.disputedesk.security;

import java.util.List;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.JdbcUserDetailsManager;
import org.springframework.stereotype.Component;

/**
 * The one check of a user name and password, for form login and HTTP Basic alike: an API client's id with one of
 * its secrets (a SHA-256 lookup, no bcrypt per call), else a person's account through Spring Security's
 * {@link DaoAuthenticationProvider}. A person with a temporary password gets no role until they change it.
 */
@Component
class CredentialsAuthenticationProvider implements AuthenticationProvider {
  private final ApiClients clients;
  private final CurrentAuthorities current;
  private final DaoAuthenticationProvider people;

  @SuppressWarnings("deprecation") // the UserDetailsService constructor arrives with Spring Security 7
  CredentialsAuthenticationProvider(ApiClients clients, CurrentAuthorities current, JdbcUserDetailsManager users,
      PasswordEncoder encoder) {
    this.clients = clients;
    this.current = current;
    this.people = new DaoAuthenticationProvider(encoder);
    this.people.setUserDetailsService(users);
  }

  @Override
  public Authentication authenticate(Authentication attempt) throws AuthenticationException {
    try {
      return check(attempt);
    } catch (RuntimeException e) {
      if (e instanceof AuthenticationException || !com.disputedesk.common.DatabaseOutage.causedBy(e)) {
        throw e;
      }
      // as Spring Security reports a failed user lookup: the entry point answers 503 for a database outage
      throw new org.springframework.security.authentication.InternalAuthenticationServiceException(
          "Credentials could not be checked", e);
    }
  }

  private Authentication check(Authentication attempt) {
    String name = attempt.getName();
    String secret = attempt.getCredentials() == null ? "" : attempt.getCredentials().toString();
    var client = clients.check(name, secret);
    if (client.isPresent()) {
      if (!client.get().valid()) {
        throw new BadCredentialsException("Bad credentials");
      }
      var token = UsernamePasswordAuthenticationToken.authenticated(name, null,
          List.of(new SimpleGrantedAuthority("ROLE_" + client.get().role())));
      token.setDetails(attempt.getDetails());
      return token;
    }
    Authentication person = people.authenticate(attempt);
    var now = current.of(name).orElseThrow(() -> new BadCredentialsException("Bad credentials"));
    if (CurrentAuthorities.same(person.getAuthorities(), now)) {
      return person;
    }
    var token = UsernamePasswordAuthenticationToken.authenticated(person.getPrincipal(), null, now);
    token.setDetails(person.getDetails());
    return token;
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
