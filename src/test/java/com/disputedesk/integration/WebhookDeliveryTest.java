package com.disputedesk.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.awaitility.Awaitility.await;

import com.disputedesk.refund.RefundInstructions;
import com.disputedesk.support.IntegrationTest;
import com.disputedesk.support.WebhookReceiver;
import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;

/** Webhooks as a marketplace receives them: signed, in order per case, retried, and stopped when gone. */
class WebhookDeliveryTest extends IntegrationTest {
  private final WebhookReceiver receiver = new WebhookReceiver();
  private final List<String> endpoints = new ArrayList<>();
  @Autowired RefundInstructions refunds;

  @AfterEach
  void removeEndpoints() {
    endpoints.forEach(id -> admin(HttpMethod.DELETE, "/api/v1/admin/webhook-endpoints/" + id, null));
    receiver.close();
  }

  @Test
  void aDisputeFromOpeningToCloseReachesTheReceiverAsExactlyItsEventsInOrderEachSigned() throws Exception {
    JsonNode endpoint = register(List.of());
    String secret = endpoint.path("secret").asText();
    assertThat(secret).startsWith("whsec_");

    var d = cases.decided("mediator1");
    await().atMost(Duration.ofSeconds(20)).until(() -> !refunds.forDispute(d.id()).isEmpty());
    time.travel(Duration.ofDays(8)); // the appeal window ends: the dispute closes

    List<String> expected = List.of("dispute.opened", "dispute.updated", "dispute.escalated", "dispute.decided",
        "refund.instructed", "dispute.closed");
    await().atMost(Duration.ofSeconds(20)).until(() -> receiver.receivedFor(d.id()).size() >= expected.size());
    var deliveries = receiver.receivedFor(d.id());
    assertThat(deliveries).extracting(WebhookReceiver.Delivery::type).containsExactlyElementsOf(expected);
    assertThat(deliveries).extracting(x -> x.event().path("sequence").asInt()).containsExactly(1, 2, 3, 4, 5, 6);
    for (var delivery : deliveries) {
      assertThatCode(() -> delivery.verify(secret)).as(delivery.type()).doesNotThrowAnyException();
      assertThat(delivery.webhookId()).isEqualTo(delivery.event().path("id").asText());
    }
    JsonNode decided = deliveries.get(3).event().path("data");
    assertThat(decided.path("outcome").asText()).isEqualTo("PARTIAL_REFUND");
    assertThat(decided.at("/refund/amount").asText()).isEqualTo("1000.00");
    assertThat(decided.path("explanation").asText()).contains("different colour");
    assertThat(deliveries.get(4).event().at("/data/amount/amount").asText()).isEqualTo("1000.00");

    var feed = api.as("payments", HttpMethod.GET, "/api/v1/events?limit=500&types=dispute.decided,dispute.closed",
        null, null);
    assertThat(feed.status()).isEqualTo(200);
    assertThat(feed.body().path("events").findValuesAsText("caseId")).contains(d.id().toString());
  }

  @Test
  void aReceiverThatFailsTwiceGetsTheEventOnceInEffectAndTheCasesNextEventWaitsForIt() {
    register(List.of("dispute.opened", "dispute.updated"));
    receiver.server.resetMappings();
    receiver.server.stubFor(WireMock.post("/hooks").inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(WireMock.aResponse().withStatus(500).withBody("database down")).willSetStateTo("once"));
    receiver.server.stubFor(WireMock.post("/hooks").inScenario("flaky").whenScenarioStateIs("once")
        .willReturn(WireMock.aResponse().withStatus(503)).willSetStateTo("well"));
    receiver.server.stubFor(WireMock.post("/hooks").inScenario("flaky").whenScenarioStateIs("well")
        .willReturn(WireMock.aResponse().withStatus(200)));

    var d = cases.open();
    api.post(d.path() + "/seller-response", d.seller(), Map.of("action", "REJECT", "message", "It was delivered."));

    await().atMost(Duration.ofSeconds(20)).until(() -> receiver.receivedFor(d.id()).size() >= 4);
    var received = receiver.receivedFor(d.id());
    assertThat(received).extracting(WebhookReceiver.Delivery::type)
        .containsExactly("dispute.opened", "dispute.opened", "dispute.opened", "dispute.updated");
    assertThat(received.subList(0, 3)).extracting(WebhookReceiver.Delivery::webhookId).containsOnly(
        received.get(0).webhookId());

    var history = admin(HttpMethod.GET, "/api/v1/admin/webhook-endpoints/" + endpoints.get(0)
        + "/deliveries?status=DELIVERED", null).body().path("deliveries");
    JsonNode opened = history.findParents("eventType").stream()
        .filter(n -> n.path("eventType").asText().equals("dispute.opened")
            && n.path("caseId").asText().equals(d.id().toString())).findFirst().orElseThrow();
    assertThat(opened.path("attempts").asInt()).isEqualTo(3);
    assertThat(opened.path("history").findValuesAsText("responseStatus")).containsExactly("500", "503", "200");
    assertThat(opened.at("/history/0/responseExcerpt").asText()).isEqualTo("database down");
  }

  @Test
  void aReceiverAnswering410DisablesItsEndpointAndTellsTheAdministratorsUntilEnabledAgain() {
    String id = register(List.of("dispute.opened")).path("id").asText();
    receiver.answer(410);
    var d = cases.open();

    await().atMost(Duration.ofSeconds(20)).until(() -> !admin(HttpMethod.GET, "/api/v1/admin/webhook-endpoints/"
        + id, null).body().path("enabled").asBoolean());
    var endpoint = admin(HttpMethod.GET, "/api/v1/admin/webhook-endpoints/" + id, null).body();
    assertThat(endpoint.path("disabledReason").asText()).contains("410 Gone");
    await().atMost(Duration.ofSeconds(20)).until(() -> java.util.Arrays.stream(MAIL.getReceivedMessages())
        .anyMatch(m -> subject(m).contains("[Webhooks] Deliveries to " + receiver.url())));

    receiver.answer(200);
    assertThat(admin(HttpMethod.PUT, "/api/v1/admin/webhook-endpoints/" + id, Map.of("enabled", true)).status())
        .isEqualTo(200);
    await().atMost(Duration.ofSeconds(20)).until(() -> receiver.receivedFor(d.id()).size() == 2);
    assertThat(admin(HttpMethod.GET, "/api/v1/admin/webhook-endpoints/" + id, null).body()
        .path("disabledReason").isNull()).isTrue();
  }

  @Test
  void duringARotationsOverlapEveryDeliveryVerifiesWithTheOldAndTheNewSecret() throws Exception {
    JsonNode created = register(List.of("dispute.opened"));
    String old = created.path("secret").asText();
    var rotated = admin(HttpMethod.POST, "/api/v1/admin/webhook-endpoints/" + created.path("id").asText()
        + "/secrets", null);
    assertThat(rotated.status()).isEqualTo(201);
    String fresh = rotated.text("secret");
    assertThat(fresh).startsWith("whsec_").isNotEqualTo(old);

    var d = cases.open();
    await().atMost(Duration.ofSeconds(20)).until(() -> receiver.receivedFor(d.id()).size() == 1);
    var delivery = receiver.receivedFor(d.id()).get(0);
    assertThat(delivery.signature().split(" ")).hasSize(2).allSatisfy(s -> assertThat(s).startsWith("v1,"));
    delivery.verify(old);
    delivery.verify(fresh);

    time.travel(Duration.ofHours(25)); // the overlap is over: only the new secret signs
    var later = cases.open();
    await().atMost(Duration.ofSeconds(20)).until(() -> receiver.receivedFor(later.id()).size() == 1);
    var after = receiver.receivedFor(later.id()).get(0);
    assertThat(after.signature().split(" ")).hasSize(1);
    after.verify(fresh);
    assertThatCode(() -> after.verify(old)).isInstanceOf(com.standardwebhooks.exceptions.WebhookVerificationException.class);
  }

  @Test
  void anEndpointFailingForDaysIsStoppedAndTheAdministratorsAreTold() {
    String id = register(List.of("dispute.opened")).path("id").asText();
    receiver.answer(500);
    time.freeze();
    var first = cases.open();
    await().atMost(Duration.ofSeconds(20)).until(() -> receiver.receivedFor(first.id()).size() >= 1);
    var endpoint = admin(HttpMethod.GET, "/api/v1/admin/webhook-endpoints/" + id, null).body();
    assertThat(endpoint.path("enabled").asBoolean()).as("one failure stops nothing").isTrue();
    assertThat(endpoint.path("failingSince").asText()).isNotBlank();

    time.travel(Duration.ofDays(5).plusMinutes(1)); // the retry now due fails again, five days after the first
    await().atMost(Duration.ofSeconds(20)).until(() -> !admin(HttpMethod.GET, "/api/v1/admin/webhook-endpoints/"
        + id, null).body().path("enabled").asBoolean());
    assertThat(admin(HttpMethod.GET, "/api/v1/admin/webhook-endpoints/" + id, null).text("disabledReason"))
        .contains("Every delivery failed since");
    await().atMost(Duration.ofSeconds(20)).until(() -> java.util.Arrays.stream(MAIL.getReceivedMessages())
        .anyMatch(m -> subject(m).contains("[Webhooks] Deliveries to " + receiver.url())));
  }

  @Test
  void endpointsTakeHttpUrlsAndKnownTypesOnlyAndOnlyAdministratorsManageThem() {
    var ftp = admin(HttpMethod.POST, "/api/v1/admin/webhook-endpoints", Map.of("url", "ftp://shop.example/x",
        "eventTypes", List.of()));
    assertThat(ftp.status()).isEqualTo(422);
    assertThat(ftp.body().toString()).contains("url");
    var unknown = admin(HttpMethod.POST, "/api/v1/admin/webhook-endpoints", Map.of("url", receiver.url(),
        "eventTypes", List.of("dispute.exploded")));
    assertThat(unknown.status()).isEqualTo(422);
    assertThat(unknown.body().toString()).contains("eventTypes");
    assertThat(api.as("mediator1", HttpMethod.GET, "/api/v1/admin/webhook-endpoints", null, null).status())
        .isEqualTo(403);
    assertThat(api.as("mediator1", HttpMethod.GET, "/api/v1/events", null, null).status()).isEqualTo(403);
    assertThat(api.as("payments", HttpMethod.GET, "/api/v1/events?after=not-a-cursor", null, null).status())
        .isEqualTo(422);
    assertThat(admin(HttpMethod.GET, "/api/v1/admin/webhook-endpoints/" + UUID.randomUUID(), null).status())
        .isEqualTo(404);
    String id = register(List.of()).path("id").asText();
    var noTime = admin(HttpMethod.POST, "/api/v1/admin/webhook-endpoints/" + id + "/resend", Map.of());
    assertThat(noTime.status()).isEqualTo(422);
    assertThat(noTime.body().toString()).contains("since");
    assertThat(admin(HttpMethod.PUT, "/api/v1/admin/webhook-endpoints/" + id, Map.of("url", "http://")).status())
        .as("a change is checked as a registration is").isEqualTo(422);
  }

  private JsonNode register(List<String> types) {
    var created = admin(HttpMethod.POST, "/api/v1/admin/webhook-endpoints", Map.of("url", receiver.url(),
        "eventTypes", types, "description", "Marketplace order service"));
    assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
    endpoints.add(created.text("id"));
    return created.body();
  }

  private com.disputedesk.support.ApiClient.Answer admin(HttpMethod method, String path, Object body) {
    return api.as("admin", method, path, null, body);
  }

  private static String subject(jakarta.mail.internet.MimeMessage m) {
    try {
      return m.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      return "";
    }
  }
}
