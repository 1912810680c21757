package com.disputedesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.support.IdentityProvider;
import com.disputedesk.support.IntegrationTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

/** The marketplace's back end calls the API with a client-credentials token from the company's provider. */
class BearerTokenTest extends IntegrationTest {
  @Value("${local.server.port}") int port;
  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void aTokenWhoseGroupMapsToMarketplaceCallsTheMarketplaceApi() throws Exception {
    IdentityProvider.nextSignIn("marketplace-backend", "marketplace-backend", List.of("dd-marketplace"));
    assertThat(call(token())).isEqualTo(200);
  }

  @Test
  void aTokenWithoutAMappedRoleIsForbiddenAndAForgedOneIsUnauthenticated() throws Exception {
    IdentityProvider.nextSignIn("reporting-job", "reporting-job", List.of("analytics"));
    assertThat(call(token())).isEqualTo(403);
    assertThat(call("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl")).isEqualTo(401);
  }

  private String token() throws Exception {
    var response = http.send(HttpRequest.newBuilder(URI.create(IdentityProvider.tokenEndpoint()))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&client_id=marketplace-backend"
            + "&client_secret=anything&scope=disputedesk"))
        .build(), HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return new ObjectMapper().readTree(response.body()).path("access_token").asText();
  }

  private int call(String token) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/disputes?orderId=x"))
        .header("Authorization", "Bearer " + token).header("X-Party-Id", "buyer-1").GET().build(),
        HttpResponse.BodyHandlers.ofString()).statusCode();
  }
}
