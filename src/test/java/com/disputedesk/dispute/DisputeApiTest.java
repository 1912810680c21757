package com.disputedesk.dispute;

import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.support.Cases;
import com.disputedesk.support.IntegrationTest;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The marketplace's dispute endpoints over HTTP on PostgreSQL: every answer, every 4xx. */
class DisputeApiTest extends IntegrationTest {
  @Autowired JdbcClient jdbc;

  @Test
  void opensADisputeInNegotiationWaitingForTheSeller() {
    String buyer = Cases.unique("buyer");
    var answer = api.post("/api/v1/disputes", buyer, cases.openRequest(cases.order(Cases.unique("ORD"), "s-1"), false));
    assertThat(answer.status()).isEqualTo(201);
    assertThat(answer.headers().getLocation().getPath()).isEqualTo("/api/v1/disputes/" + answer.id());
    assertThat(answer.text("status")).isEqualTo("NEGOTIATION");
    assertThat(answer.text("waitingFor")).isEqualTo("SELLER");
    assertThat(answer.body().at("/order/moneyPaid/amount").asText()).isEqualTo("11668.71");
    assertThat(answer.body().at("/deadlines/negotiationEndsAt").asText()).isNotBlank();
    assertThat(answer.body().at("/timeline/0/type").asText()).isEqualTo("OPENED");
  }

  @Test
  void anOrderCanBeDisputedOnlyOnceEvenAfterCancel() {
    var d = cases.open();
    String orderId = api.get(d.path(), d.buyer()).body().at("/order/orderId").asText();
    assertThat(api.post(d.path() + "/cancel", d.buyer(), null).status()).isEqualTo(200);
    var again = api.post("/api/v1/disputes", d.buyer(), cases.openRequest(cases.order(orderId, d.seller()), false));
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.headers().getContentType().toString()).startsWith("application/problem+json");
    assertThat(again.text("detail")).contains("cannot be reopened");
  }

  @Test
  void sameIdempotencyKeyTwiceMakesOneDispute() {
    String buyer = Cases.unique("buyer");
    String orderId = Cases.unique("ORD");
    var body = cases.openRequest(cases.order(orderId, "s-2"), false);
    var first = api.post("/api/v1/disputes", buyer, body, "key-" + orderId);
    var second = api.post("/api/v1/disputes", buyer, body, "key-" + orderId);
    assertThat(first.status()).isEqualTo(201);
    assertThat(second.status()).isEqualTo(201);
    assertThat(second.id()).isEqualTo(first.id());
    assertThat(second.headers().getFirst("Idempotent-Replayed")).isEqualTo("true");
    assertThat(jdbc.sql("select count(*) from dispute where order_id = ?").param(orderId).query(Integer.class).single())
        .isEqualTo(1);
  }

  @Test
  void reusingAnIdempotencyKeyForAnotherBodyIsRefused() {
    String buyer = Cases.unique("buyer");
    String key = Cases.unique("key");
    api.post("/api/v1/disputes", buyer, cases.openRequest(cases.order(Cases.unique("ORD"), "s-3"), false), key);
    var other = api.post("/api/v1/disputes", buyer, cases.openRequest(cases.order(Cases.unique("ORD"), "s-3"), false), key);
    assertThat(other.status()).isEqualTo(422);
    assertThat(other.text("detail")).contains("different request");
  }

  @Test
  void outsideTheOpeningWindowIs422AndStoresNothing() {
    String orderId = Cases.unique("ORD");
    var order = cases.order(orderId, "s-4");
    order.put("receiptConfirmedAt", time.now().minus(Duration.ofDays(16)).toString());
    var answer = api.post("/api/v1/disputes", Cases.unique("buyer"), cases.openRequest(order, true));
    assertThat(answer.status()).isEqualTo(422);
    assertThat(answer.text("detail")).contains("window to open a dispute closed");
    assertThat(jdbc.sql("select count(*) from dispute where order_id = ?").param(orderId).query(Integer.class).single())
        .isZero();
  }

  @Test
  void anUnconfirmedOrderCanBeDisputedOnlyUntilItsProtectionEnds() {
    var order = cases.order(Cases.unique("ORD"), "s-4b");
    order.put("protectionEndsAt", time.now().minus(Duration.ofMinutes(1)).toString());
    var late = api.post("/api/v1/disputes", Cases.unique("buyer"), cases.openRequest(order, false));
    assertThat(late.status()).isEqualTo(422);
    assertThat(late.text("detail")).contains("buyer protection");
    order.put("protectionEndsAt", time.now().plus(Duration.ofMinutes(5)).toString());
    assertThat(api.post("/api/v1/disputes", Cases.unique("buyer"), cases.openRequest(order, false)).status())
        .isEqualTo(201);
  }

  @Test
  void withinFifteenDaysOfReceiptADisputeOpens() {
    var order = cases.order(Cases.unique("ORD"), "s-5");
    order.put("receiptConfirmedAt", time.now().minus(Duration.ofDays(14)).toString());
    assertThat(api.post("/api/v1/disputes", Cases.unique("buyer"), cases.openRequest(order, true)).status()).isEqualTo(201);
  }

  @Test
  void invalidInputAnswersAProblemWithAnErrorsList() {
    var body = cases.openRequest(cases.order(Cases.unique("ORD"), "s-6"), false);
    body.put("description", "Посылка пришла пустой");
    var answer = api.post("/api/v1/disputes", Cases.unique("buyer"), body);
    assertThat(answer.status()).isEqualTo(422);
    assertThat(answer.body().at("/errors/0/field").asText()).isEqualTo("description");
    assertThat(answer.body().at("/errors/0/message").asText()).contains("English");

    body = cases.openRequest(cases.order(Cases.unique("ORD"), "s-6"), false);
    body.remove("reason");
    answer = api.post("/api/v1/disputes", Cases.unique("buyer"), body);
    assertThat(answer.status()).isEqualTo(422);
    assertThat(answer.body().at("/errors/0/field").asText()).isEqualTo("reason");

    body = cases.openRequest(cases.order(Cases.unique("ORD"), "s-6"), false);
    body.put("requestedOutcome", Map.of("type", "PARTIAL_REFUND", "amount", "12000.00"));
    answer = api.post("/api/v1/disputes", Cases.unique("buyer"), body);
    assertThat(answer.status()).isEqualTo(422);
    assertThat(answer.text("detail")).contains("11668.71");
  }

  @Test
  void malformedJsonIs400NotA500() {
    var answer = api.post("/api/v1/disputes", Cases.unique("buyer"), "{\"order\": [1, 2");
    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.text("title")).isEqualTo("Malformed body");
    var wrongEnum = api.post("/api/v1/disputes", Cases.unique("buyer"), "{\"reason\": \"BORED\"}");
    assertThat(wrongEnum.status()).isEqualTo(400);
    // in the caller's terms: the field and its values, no Java type
    assertThat(wrongEnum.body().at("/errors/0/field").asText()).isEqualTo("reason");
    assertThat(wrongEnum.body().at("/errors/0/message").asText()).startsWith("must be one of NOT_RECEIVED")
        .doesNotContain("com.disputedesk");
  }

  @Test
  void missingPartyHeaderIs400() {
    var answer = api.get("/api/v1/disputes/" + java.util.UUID.randomUUID(), null);
    assertThat(answer.status()).isEqualTo(400);
  }

  @Test
  void aPartySeesOnlyItsOwnDisputes() {
    var d = cases.open();
    assertThat(api.get(d.path(), d.buyer()).status()).isEqualTo(200);
    assertThat(api.get(d.path(), d.seller()).status()).isEqualTo(200);
    assertThat(api.get(d.path(), "someone-else").status()).isEqualTo(404);
    assertThat(api.post(d.path() + "/cancel", "someone-else", null).status()).isEqualTo(404);
    assertThat(api.get("/api/v1/disputes/not-a-uuid", d.buyer()).status()).isEqualTo(400);
    var mine = api.get("/api/v1/disputes", d.buyer());
    assertThat(mine.body()).hasSize(1);
    assertThat(api.get("/api/v1/disputes?orderId=nothing", d.buyer()).body()).isEmpty();
  }

  @Test
  void sellerAcceptingResolvesTheDispute() {
    var d = cases.open();
    var answer = api.post(d.path() + "/seller-response", d.seller(), Map.of("action", "ACCEPT"));
    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.text("status")).isEqualTo("RESOLVED");
    assertThat(api.post(d.path() + "/cancel", d.buyer(), null).status()).isEqualTo(409);
  }

  @Test
  void buyerAcceptsTheSellersPartialRefundProposal() {
    var d = cases.open();
    var proposed = api.post(d.path() + "/seller-response", d.seller(), Map.of("action", "PROPOSE",
        "proposal", Map.of("type", "PARTIAL_REFUND", "amount", "3000.00"), "message", "Half of the set arrived."));
    assertThat(proposed.text("waitingFor")).isEqualTo("BUYER");
    var accepted = api.post(d.path() + "/buyer-response", d.buyer(), Map.of("action", "ACCEPT_PROPOSAL"));
    assertThat(accepted.status()).isEqualTo(200);
    assertThat(accepted.text("status")).isEqualTo("RESOLVED");
    assertThat(accepted.body().at("/offers/2/action").asText()).isEqualTo("ACCEPT_PROPOSAL");
    assertThat(integrationEvents.types(d.id())).containsSubsequence("dispute.opened", "dispute.updated",
        "dispute.agreed");
    assertThat(integrationEvents.data(d.id(), "dispute.updated").at("/outcome/amount").asText()).isEqualTo("3000.00");
    assertThat(integrationEvents.data(d.id(), "dispute.agreed").at("/refund/amount").asText()).isEqualTo("3000.00");
  }

  @Test
  void negotiationAnswersAreCheckedAndScoped() {
    var d = cases.open();
    assertThat(api.post(d.path() + "/buyer-response", d.buyer(), Map.of("action", "ACCEPT_PROPOSAL")).status())
        .isEqualTo(409);
    assertThat(api.post(d.path() + "/seller-response", d.buyer(), Map.of("action", "ACCEPT")).status())
        .isEqualTo(403);
    assertThat(api.post(d.path() + "/seller-response", d.seller(), Map.of("action", "REJECT")).status())
        .isEqualTo(422);
    var modified = api.post(d.path() + "/buyer-response", d.buyer(), Map.of("action", "MODIFY_REQUEST",
        "requestedOutcome", Map.of("type", "PARTIAL_REFUND", "amount", "5000.00"), "message", "Half is fine."));
    assertThat(modified.status()).isEqualTo(200);
    assertThat(modified.body().at("/requestedOutcome/amount").asText()).isEqualTo("5000.00");
    assertThat(modified.text("waitingFor")).isEqualTo("SELLER");
  }

  @Test
  void escalationIsTooEarlyUntilTheSellerRejectsOrThreeDaysPass() {
    var d = cases.open();
    var early = api.post(d.path() + "/escalate", d.buyer(), null);
    assertThat(early.status()).isEqualTo(409);
    assertThat(early.text("detail")).contains("can be escalated from");
    time.freeze();
    time.travel(Duration.ofDays(3));
    var escalated = api.post(d.path() + "/escalate", d.buyer(), null);
    assertThat(escalated.status()).isEqualTo(200);
    assertThat(escalated.text("status")).isEqualTo("ESCALATED");
    assertThat(escalated.text("waitingFor")).isEqualTo("MEDIATOR");
    assertThat(api.post(d.path() + "/escalate", d.buyer(), null).status()).isEqualTo(409);
  }

  @Test
  void goodsReceivedNeedsBuyerEvidenceBeforeEscalation() {
    String buyer = Cases.unique("buyer");
    String seller = Cases.unique("seller");
    var opened = api.post("/api/v1/disputes", buyer, cases.openRequest(cases.order(Cases.unique("ORD"), seller), true));
    String path = "/api/v1/disputes/" + opened.id();
    api.post(path + "/seller-response", seller, Map.of("action", "REJECT", "message", "The box was full."));
    var refused = api.post(path + "/escalate", buyer, null);
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.text("detail")).contains("add a photo");
    assertThat(api.upload(path + "/evidence", buyer, "parcel.png", "image/png", EvidenceFiles.png(), "PHOTO").status())
        .isEqualTo(201);
    assertThat(api.post(path + "/escalate", buyer, null).status()).isEqualTo(200);
  }

  @Test
  void cancelWarnsThatItCannotBeReopened() {
    var d = cases.open();
    var cancelled = api.post(d.path() + "/cancel", d.buyer(), null);
    assertThat(cancelled.text("status")).isEqualTo("CANCELLED");
    assertThat(cancelled.text("notice")).contains("never be reopened");
    assertThat(api.post(d.path() + "/cancel", d.buyer(), null).status()).isEqualTo(409);
    assertThat(api.post(d.path() + "/cancel", d.seller(), null).status()).isEqualTo(403);
    assertThat(integrationEvents.types(d.id())).as("a refused cancel stores no event")
        .containsExactly("dispute.opened", "dispute.cancelled");
  }
}
