package com.disputedesk.security;

import java.util.Arrays;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;

/**
 * Present only when an issuer is configured ({@code DISPUTEDESK_OIDC_ISSUER}): the workspace's "Sign in with …"
 * (authorization code flow, registration id {@code sso}) and bearer JWTs on the API, both from that provider.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${disputedesk.oidc.issuer:}' != ''")
class SsoConfiguration {
  static final String REGISTRATION = "sso";

  @Bean
  SsoSettings ssoSettings(@Value("${disputedesk.oidc.issuer}") String issuer,
      @Value("${disputedesk.oidc.client-id}") String clientId,
      @Value("${disputedesk.oidc.client-secret:}") String clientSecret,
      @Value("${disputedesk.oidc.provider-name:your company account}") String providerName,
      @Value("${disputedesk.oidc.roles-claim:groups}") String rolesClaim,
      @Value("${disputedesk.oidc.username-claim:preferred_username}") String usernameClaim,
      @Value("${disputedesk.oidc.scopes:openid,profile,email}") String scopes,
      @Value("${disputedesk.oidc.role-mapping:}") String roleMapping) {
    return new SsoSettings(issuer, clientId, clientSecret, providerName, rolesClaim, usernameClaim,
        Arrays.stream(scopes.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList(),
        SsoSettings.parseMapping(roleMapping));
  }

  @Bean
  ClientRegistrationRepository clientRegistrations(SsoSettings sso,
      @Value("${disputedesk.public-url:}") String publicUrl) {
    ClientRegistration.Builder registration = ClientRegistrations.fromIssuerLocation(sso.issuer())
        .registrationId(REGISTRATION).clientId(sso.clientId()).clientSecret(sso.clientSecret())
        .scope(sso.scopes()).clientName(sso.providerName());
    if (!publicUrl.isBlank()) {
      // the provider sends people back to the configured address, never to whatever Host a request carried
      registration.redirectUri(publicUrl.replaceAll("/$", "") + "/login/oauth2/code/{registrationId}");
    }
    return new InMemoryClientRegistrationRepository(registration.build());
  }

  @Bean
  JwtDecoder jwtDecoder(SsoSettings sso) {
    return JwtDecoders.fromIssuerLocation(sso.issuer());
  }

  @Bean
  SsoUserService ssoUserService(SsoSettings sso, SsoAccounts accounts) {
    return new SsoUserService(sso, accounts);
  }
}
