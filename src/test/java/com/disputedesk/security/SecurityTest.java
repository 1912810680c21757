package com.disputedesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.support.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpMethod;

/** Who may call what: one row per role and surface. */
class SecurityTest extends IntegrationTest {
  @Value("${local.server.port}") int port;

  @ParameterizedTest(name = "{0} {1} {2} -> {3}")
  @CsvSource({
      "marketplace,   GET, /api/v1/disputes,           200",
      "mediator1,     GET, /api/v1/disputes,           403",
      "commissioner1, GET, /api/v1/disputes,           403",
      "opslead1,      GET, /api/v1/disputes,           403",
      "admin,         GET, /api/v1/disputes,           403",
      "opslead1,      GET, /api/v1/sla-policies,       200",
      "opslead1,      GET, /api/v1/business-calendar,  200",
      "marketplace,   GET, /api/v1/sla-policies,       403",
      "mediator1,     GET, /api/v1/sla-policies,       403",
      "admin,         GET, /api/v1/sla-policies,       403",
      "admin,         GET, /engine-rest/engine,        200",
      "mediator1,     GET, /engine-rest/engine,        403",
      "marketplace,   GET, /engine-rest/engine,        403",
      "opslead1,      GET, /api/v1/unknown,            403",
      "marketplace,   GET, /api/v1/complaints,         200",
      "reviewer1,     GET, /api/v1/complaints,         403",
      "commissioner1, GET, /api/v1/buyers/buyer-x/coupons, 403",
      "marketplace,   GET, /api/v1/buyers/buyer-x/coupons, 200",
      "marketplace,   GET, /api/v1/buyers/buyer-y/coupons, 404",
      "marketplace,   GET, /api/v1/accounts/buyer-x,   200",
      "senior1,       GET, /api/v1/accounts/buyer-x,   403",
      "reviewer1,     GET, /engine-rest/engine,        403"})
  void rolesReachExactlyTheirEndpoints(String user, String method, String path, int status) {
    var answer = api.as(user, HttpMethod.valueOf(method), path, "buyer-x", null);
    assertThat(answer.status()).isEqualTo(status);
    if (status >= 400) {
      assertThat(answer.headers().getContentType().toString()).startsWith("application/problem+json");
    }
  }

  @Test
  void anonymousApiCallsGetAProblem401WithABasicChallenge() throws Exception {
    var response = send(HttpRequest.newBuilder(uri("/api/v1/disputes")).GET().build());
    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
    assertThat(response.body()).contains("\"status\":401");
  }

  @Test
  void wrongPasswordIs401() throws Exception {
    var response = send(HttpRequest.newBuilder(uri("/api/v1/disputes")).header("X-Party-Id", "b")
        .header("Authorization", basic("marketplace", "wrong")).GET().build());
    assertThat(response.statusCode()).isEqualTo(401);
  }

  @Test
  void theWorkspaceAndCockpitSendAnonymousUsersToTheLoginPage() throws Exception {
    for (String path : new String[] {"/mediation", "/camunda/app/cockpit/default/"}) {
      var response = send(HttpRequest.newBuilder(uri(path)).GET().build());
      assertThat(response.statusCode()).as(path).isEqualTo(302);
      assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }
    assertThat(send(HttpRequest.newBuilder(uri("/login")).GET().build()).statusCode()).isEqualTo(200);
  }

  @Test
  void aRedirectNeverEchoesAForeignHostHeader() throws Exception {
    try (var socket = new java.net.Socket("localhost", port)) {
      socket.getOutputStream().write(("GET /mediation HTTP/1.1\r\nHost: evil.example\r\nX-Forwarded-Host: "
          + "evil.example\r\nConnection: close\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      String answer = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      assertThat(answer).startsWith("HTTP/1.1 302").contains("Location: /login").doesNotContain("evil.example");
    }
  }

  @Test
  void theErrorPathAskedForDirectlyIsA404Problem() throws Exception {
    var response = send(HttpRequest.newBuilder(uri("/error")).GET().build());
    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
        .startsWith("application/problem+json"));
  }

  @Test
  void apiDocsArePublished() throws Exception {
    var response = send(HttpRequest.newBuilder(uri("/v3/api-docs")).GET().build());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("/api/v1/disputes/{id}/seller-response", "/api/v1/sla-policies/{key}");
    assertThat(send(HttpRequest.newBuilder(uri("/actuator/health")).GET().build()).statusCode()).isEqualTo(200);
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  private static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes());
  }

  private static HttpResponse<String> send(HttpRequest request) throws Exception {
    return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()
        .send(request, HttpResponse.BodyHandlers.ofString());
  }
}
