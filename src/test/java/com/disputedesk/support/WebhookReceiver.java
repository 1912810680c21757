package com.disputedesk.support;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.standardwebhooks.Webhook;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A real HTTP receiver (WireMock on a free port) that checks every delivery the way a marketplace would: with the
 * Standard Webhooks library and the endpoint's secret.
 */
public final class WebhookReceiver implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  public final WireMockServer server;

  public record Delivery(String webhookId, String timestamp, String signature, String body, JsonNode event) {
    public String type() {
      return event.path("type").asText();
    }

    public UUID caseId() {
      return UUID.fromString(event.path("caseId").asText());
    }

    /** Throws unless the signature verifies with {@code secret} (and the timestamp is within 5 minutes). */
    public void verify(String secret) throws Exception {
      new Webhook(secret).verify(body, Map.of("webhook-id", List.of(webhookId), "webhook-timestamp",
          List.of(timestamp), "webhook-signature", List.of(signature)));
    }
  }

  public WebhookReceiver() {
    server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1").containerThreads(40));
    server.start();
    answer(204);
  }

  public String url() {
    return "http://127.0.0.1:" + server.port() + "/hooks";
  }

  public void answer(int status) {
    server.resetMappings();
    server.stubFor(WireMock.post("/hooks").willReturn(WireMock.aResponse().withStatus(status).withBody("ok")));
  }

  public List<Delivery> received() {
    return server.findAll(WireMock.postRequestedFor(WireMock.urlEqualTo("/hooks"))).stream()
        .map(WebhookReceiver::delivery).toList();
  }

  public List<Delivery> receivedFor(UUID caseId) {
    return received().stream().filter(d -> d.caseId().equals(caseId)).collect(Collectors.toList());
  }

  private static Delivery delivery(LoggedRequest r) {
    try {
      String body = r.getBodyAsString();
      return new Delivery(r.getHeader("webhook-id"), r.getHeader("webhook-timestamp"),
          r.getHeader("webhook-signature"), body, JSON.readTree(body));
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    server.stop();
  }
}
