package com.disputedesk.support;

import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;

/**
 * The company's identity provider in the test JVM: a real OpenID Connect server (NAV's mock-oauth2-server) with
 * discovery, authorization code flow, client credentials, JWKS and end-session. One per test run, like GreenMail.
 */
public final class IdentityProvider {
  public static final String ISSUER_ID = "corp";
  public static final String CLIENT_ID = "disputedesk";
  public static final String CLIENT_SECRET = "sso-secret";
  /** How the tests' provider names groups, and which of our roles they become. */
  public static final String ROLE_MAPPING = "dd-mediators=MEDIATOR,dd-admins=ADMIN,dd-marketplace=MARKETPLACE,"
      + "dd-reviewers=COMPLAINT_REVIEWER";
  private static final MockOAuth2Server SERVER = start();

  private IdentityProvider() {}

  public static String issuer() {
    return SERVER.issuerUrl(ISSUER_ID).toString();
  }

  public static String tokenEndpoint() {
    return SERVER.tokenEndpointUrl(ISSUER_ID).toString();
  }

  /** The next sign-in or token is for this person (or client) with these groups. */
  public static void nextSignIn(String subject, String username, List<String> groups) {
    SERVER.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER_ID, subject, "JWT", List.of(CLIENT_ID),
        Map.of("preferred_username", username, "name", "SSO " + username, "email", username + "@corp.example",
            "groups", groups), 3600));
  }

  private static MockOAuth2Server start() {
    MockOAuth2Server server = new MockOAuth2Server();
    server.start();
    Runtime.getRuntime().addShutdownHook(new Thread(server::shutdown));
    return server;
  }
}
