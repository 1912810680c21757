package com.disputedesk.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.support.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

/** What an operator's probes and Prometheus read. */
class OperationsEndpointsTest extends IntegrationTest {
  @Value("${local.server.port}") int port;

  @Test
  void readinessCoversTheDatabaseAndTheJobExecutorAndLivenessIsOpen() throws Exception {
    var ready = get("/actuator/health/readiness", null);
    assertThat(ready.statusCode()).isEqualTo(200);
    assertThat(ready.body()).contains("\"db\"").contains("\"jobExecution\"").contains("\"status\":\"UP\"");
    assertThat(get("/actuator/health/liveness", null).statusCode()).isEqualTo(200);
  }

  @Test
  void prometheusShowsQueuesTimersBreachesAndApiLatencyPerEndpointToAdminsOnly() throws Exception {
    var d = cases.escalated();
    api.get(d.path(), d.buyer());
    var metrics = get("/actuator/prometheus", "admin");
    assertThat(metrics.statusCode()).isEqualTo(200);
    assertThat(metrics.body())
        .containsPattern("disputedesk_queue_size\\{[^}]*queue=\"mediators\"")
        .containsPattern("disputedesk_queue_breached\\{[^}]*queue=\"appeal-commission\"")
        .contains("disputedesk_timers_due")
        .contains("disputedesk_timers_failed")
        .contains("disputedesk_timers_fired_total")
        .contains("disputedesk_sla_breaches_total")
        .contains("uri=\"/api/v1/disputes/{id}\"")
        .contains("http_server_requests_seconds_bucket");
    assertThat(get("/actuator/prometheus", "mediator1").statusCode()).isEqualTo(403);
    assertThat(get("/actuator/prometheus", null).statusCode()).isEqualTo(401);
  }

  private HttpResponse<String> get(String path, String user) throws Exception {
    var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
    if (user != null) {
      request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes()));
    }
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
