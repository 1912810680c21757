package com.disputedesk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.disputedesk.support.Cases;
import com.disputedesk.support.IntegrationTest;
import com.disputedesk.support.WebSession;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Local accounts as an administrator runs them, over the real HTTP API and the real login form. */
class IdentityAdministrationTest extends IntegrationTest {
  private static final String COCKPIT = "/camunda/app/cockpit/default/";
  @Value("${local.server.port}") int port;
  @Autowired UserAdministration users;
  @Autowired JdbcClient jdbc;

  @Test
  void anAdministratorCreatesAMediatorWhoSignsInWithATemporaryPasswordAndMustChooseTheirOwn() {
    String name = Cases.unique("anna").toLowerCase();
    var created = admin(HttpMethod.POST, "/api/v1/admin/users", Map.of("username", name, "displayName", "Anna P",
        "email", name + "@corp.example", "roles", List.of("MEDIATOR")));
    assertThat(created.status()).isEqualTo(201);
    String temporary = created.text("temporaryPassword");
    assertThat(temporary).hasSizeGreaterThanOrEqualTo(PasswordPolicy.MIN_LENGTH);
    assertThat(created.body().path("mustChangePassword").asBoolean()).isTrue();
    assertThat(admin(HttpMethod.POST, "/api/v1/admin/users", Map.of("username", name, "roles", List.of("MEDIATOR")))
        .status()).isEqualTo(409);

    var session = new WebSession(port);
    assertThat(session.signIn(name, temporary).headers().firstValue("Location")).hasValue("/");
    // a temporary password opens nothing but the password change (the workspace reroutes; the API says why)
    var api = this.api.withCredentials(name, temporary, HttpMethod.GET, "/api/v1/sla-policies", null, null);
    assertThat(api.status()).isEqualTo(403);
    assertThat(api.text("type")).endsWith("/password-change-required");

    assertThatThrownBy(() -> users.changeOwnPassword(name, temporary, "short")).hasMessageContaining("12");
    users.changeOwnPassword(name, temporary, "a long and private passphrase");
    assertThat(users.get(name).mustChangePassword()).isFalse();
    assertThat(users.get(name).lastSignInAt()).isNotNull();
    assertThat(new WebSession(port).signIn(name, temporary).headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).contains("/login?error"));
    assertThat(new WebSession(port).signIn(name, "a long and private passphrase").headers().firstValue("Location"))
        .hasValue("/");
  }

  @Test
  void roleChangesApplyAtTheNextRequestAndDisablingEndsTheSession() {
    String name = person("boris", "MEDIATOR");
    var session = new WebSession(port);
    session.signIn(name, "a long and private passphrase");
    assertThat(session.get(COCKPIT).statusCode()).as("a mediator in Cockpit").isEqualTo(403);

    assertThat(admin(HttpMethod.PUT, "/api/v1/admin/users/" + name, Map.of("roles", List.of("MEDIATOR", "ADMIN")))
        .status()).isEqualTo(200);
    assertThat(session.get(COCKPIT).statusCode()).as("the same session, now an administrator").isEqualTo(200);

    assertThat(admin(HttpMethod.PUT, "/api/v1/admin/users/" + name, Map.of("enabled", false)).status())
        .isEqualTo(200);
    var after = session.get(COCKPIT);
    assertThat(after.statusCode()).isEqualTo(302);
    assertThat(after.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    assertThat(new WebSession(port).signIn(name, "a long and private passphrase").headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).contains("/login?error"));

    var reset = admin(HttpMethod.POST, "/api/v1/admin/users/" + name + "/password-reset", null);
    assertThat(reset.text("temporaryPassword")).isNotBlank();
    var audit = admin(HttpMethod.GET, "/api/v1/admin/audit?subject=" + name, null).body().path("entries");
    assertThat(audit.findValuesAsText("action")).containsExactly("PASSWORD_RESET", "USER_DISABLED", "ROLES_CHANGED",
        "PASSWORD_CHANGED", "USER_CREATED");
    assertThat(audit.get(2).path("actor").asText()).isEqualTo("admin");
    assertThat(audit.get(2).path("from").asText()).isEqualTo("MEDIATOR");
    assertThat(audit.get(2).path("to").asText()).isEqualTo("ADMIN,MEDIATOR");
  }

  @Test
  void badAccountsAreRefusedWithTheFieldAndNothingIsStored() {
    int before = users.count("");
    var answer = admin(HttpMethod.POST, "/api/v1/admin/users", Map.of("username", "Has Spaces", "email", "nope",
        "roles", List.of("MARKETPLACE")));
    assertThat(answer.status()).isEqualTo(422);
    assertThat(answer.body().path("errors").findValuesAsText("field")).contains("username", "email", "roles");
    assertThat(users.count("")).isEqualTo(before);
    assertThat(admin(HttpMethod.PUT, "/api/v1/admin/users/admin", Map.of("enabled", false)).status())
        .as("an administrator cannot lock themselves out").isEqualTo(409);
    assertThat(admin(HttpMethod.PUT, "/api/v1/admin/users/admin", Map.of("roles", List.of("MEDIATOR"))).status())
        .as("nor take their own administrator role").isEqualTo(409);
    assertThat(users.get("admin").roles()).containsExactly("ADMIN");
  }

  @Test
  void anApiClientCallsWithItsSecretRotatesWithAnOverlapAndARevokedSecretFailsAtOnce() {
    var created = admin(HttpMethod.POST, "/api/v1/admin/api-clients", Map.of("name", "Marketplace back end",
        "role", "MARKETPLACE"));
    assertThat(created.status()).isEqualTo(201);
    String clientId = created.text("clientId");
    String first = created.text("secret");
    assertThat(call(clientId, first)).isEqualTo(200);

    var rotated = admin(HttpMethod.POST, "/api/v1/admin/api-clients/" + clientId + "/secrets", null);
    String second = rotated.text("secret");
    assertThat(call(clientId, first)).as("old secret during the overlap").isEqualTo(200);
    assertThat(call(clientId, second)).as("new secret").isEqualTo(200);

    var revoked = admin(HttpMethod.DELETE, "/api/v1/admin/api-clients/" + clientId + "/secrets/"
        + created.text("secretId"), null);
    assertThat(revoked.status()).isEqualTo(200);
    assertThat(call(clientId, first)).as("revoked").isEqualTo(401);
    assertThat(call(clientId, second)).isEqualTo(200);
    assertThat(call(clientId, "dds_guessed")).isEqualTo(401);
    assertThat(admin(HttpMethod.GET, "/api/v1/admin/audit?subject=" + clientId, null).body().path("entries")
        .findValuesAsText("action")).containsExactly("SECRET_REVOKED", "SECRET_CREATED", "SECRET_CREATED",
            "CLIENT_CREATED");
    assertThat(jdbc.sql("select count(*) from api_client_secret where secret_hash = sha256(convert_to(?, 'UTF8'))")
        .param(first).query(Integer.class).single()).as("stored as its SHA-256 only").isEqualTo(1);
  }

  @Test
  void aMetricsScraperReadsPrometheusAndNothingElse() {
    assertThat(api.as("metrics", HttpMethod.GET, "/actuator/prometheus", null, null).status()).isEqualTo(200);
    assertThat(api.as("metrics", HttpMethod.GET, "/api/v1/disputes", "buyer-1", null).status()).isEqualTo(403);
    assertThat(api.as("metrics", HttpMethod.GET, "/actuator/metrics", null, null).status()).isEqualTo(403);
  }

  @Test
  void repeatedFailedSignInsAreSlowedDownButNeverLockTheOwnerOutForGood() {
    String name = person("carla", "OPS_LEAD");
    for (int i = 0; i < 5; i++) {
      assertThat(api.withCredentials(name, "wrong guess " + i, HttpMethod.GET, "/api/v1/sla-policies", null, null)
          .status()).isEqualTo(401);
    }
    var throttled = api.withCredentials(name, "a long and private passphrase", HttpMethod.GET,
        "/api/v1/sla-policies", null, null);
    assertThat(throttled.status()).as("even the right password waits").isEqualTo(429);
    assertThat(throttled.headers().getFirst("Retry-After")).isEqualTo("1");
    assertThat(new WebSession(port).signIn(name, "a long and private passphrase").headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).contains("/login?throttled="));
    time.travel(Duration.ofSeconds(2));
    assertThat(api.withCredentials(name, "a long and private passphrase", HttpMethod.GET, "/api/v1/sla-policies",
        null, null).status()).isEqualTo(200);
  }

  @Test
  void aCrossSiteLoginPostWithoutTheTokenSignsNobodyIn() {
    var session = new WebSession(port);
    var forged = session.postForm("/login", "username=admin&password=admin");
    assertThat(forged.headers().firstValue("Location")).isNotEqualTo(java.util.Optional.of("/"));
    assertThat(session.get(COCKPIT).statusCode()).isEqualTo(302);
    assertThat(session.signIn("admin", "admin").headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).as("back to the page asked for").endsWith(COCKPIT + "?continue"));
    assertThat(session.get(COCKPIT).statusCode()).isEqualTo(200);
  }

  @Test
  void theWorkspaceSendsItsSessionCookieHttpOnlyAndLaxWithAPolicyVaadinWorksWith() {
    var login = new WebSession(port).get("/login");
    assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c).contains("JSESSIONID")
        .contains("HttpOnly").contains("SameSite=Lax"));
    assertThat(login.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
        .contains("frame-ancestors 'self'", "object-src 'none'", "form-action 'self'"));
  }

  /** A local account with a password of its own (the temporary one already changed). */
  private String person(String prefix, String role) {
    String name = Cases.unique(prefix).toLowerCase();
    var created = users.create(new UserAdministration.NewUser(name, prefix, null, java.util.Set.of(role)), "admin");
    users.changeOwnPassword(name, created.temporaryPassword(), "a long and private passphrase");
    return name;
  }

  private int call(String clientId, String secret) {
    return api.withCredentials(clientId, secret, HttpMethod.GET, "/api/v1/disputes?orderId=none", "buyer-1", null)
        .status();
  }

  private com.disputedesk.support.ApiClient.Answer admin(HttpMethod method, String path, Object body) {
    return api.as("admin", method, path, null, body);
  }
}
