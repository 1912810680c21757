package com.disputedesk.bench;

import com.disputedesk.security.UserAdministration;
import com.disputedesk.support.Cases;
import com.disputedesk.support.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * What authentication costs an API call, in one run: the same party call with an API client's secret (a SHA-256
 * lookup) and with a person's bcrypt password (cost 10, what every call paid when the marketplace was a user), and
 * an operations call with each.
 */
class ApiAuthenticationBenchmark extends IntegrationTest {
  @Value("${local.server.port}") int port;
  @Autowired UserAdministration users;
  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void apiLatencyWithAClientSecretBesideABcryptPassword() {
    String lead = Cases.unique("bench-lead").toLowerCase();
    var created = users.create(new UserAdministration.NewUser(lead, "Bench", null, Set.of("OPS_LEAD")), "bench");
    users.changeOwnPassword(lead, created.temporaryPassword(), "a benchmark passphrase");
    String clientSecret = basic("marketplace", "marketplace");
    String password = basic(lead, "a benchmark passphrase");
    for (int i = 0; i < 300; i++) { // warm-up: JIT, pools, caches
      call("/api/v1/disputes?orderId=warm", clientSecret);
      call("/api/v1/sla-policies", password);
    }
    Latencies secret = Latencies.of(2000, i -> call("/api/v1/disputes?orderId=bench-" + i, clientSecret));
    Latencies bcrypt = Latencies.of(300, i -> call("/api/v1/sla-policies", password));
    Latencies secretOps = Latencies.of(2000, i -> call("/api/v1/disputes?orderId=x", clientSecret));
    System.out.printf("%nAPI authentication (GET, one client thread):%n"
        + "  client secret (SHA-256)       %s%n  person's password (bcrypt 10) %s%n  client secret again           %s%n",
        secret, bcrypt, secretOps);
  }

  private void call(String path, String authorization) {
    try {
      var response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
          .header("Authorization", authorization).header("X-Party-Id", "bench-buyer").GET().build(),
          HttpResponse.BodyHandlers.discarding());
      if (response.statusCode() != 200) {
        throw new IllegalStateException(path + " -> " + response.statusCode());
      }
    } catch (java.io.IOException | InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }
}
