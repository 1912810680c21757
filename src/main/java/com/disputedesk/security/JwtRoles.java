package com.disputedesk.security;

import java.util.Set;
import java.util.TreeSet;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Roles of a bearer token from the company's provider (client-credentials flow): its roles claim and its scopes,
 * both through the same mapping as the workspace's. The caller's name is the client ({@code azp}, {@code
 * client_id}) or the subject.
 */
class JwtRoles implements Converter<Jwt, AbstractAuthenticationToken> {
  private final SsoSettings settings;

  JwtRoles(SsoSettings settings) {
    this.settings = settings;
  }

  @Override
  public AbstractAuthenticationToken convert(Jwt jwt) {
    Set<String> roles = new TreeSet<>(settings.rolesFor(SsoSettings.claim(jwt.getClaims(), settings.rolesClaim())));
    roles.addAll(settings.rolesFor(jwt.getClaims().getOrDefault("scope", jwt.getClaims().get("scp"))));
    String name = jwt.getClaimAsString("azp") != null ? jwt.getClaimAsString("azp")
        : jwt.getClaimAsString("client_id") != null ? jwt.getClaimAsString("client_id") : jwt.getSubject();
    return new JwtAuthenticationToken(jwt, roles.stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList(),
        name);
  }
}
