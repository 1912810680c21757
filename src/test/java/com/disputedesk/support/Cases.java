package com.disputedesk.support;

import com.disputedesk.mediation.DecisionCommand;
import com.disputedesk.mediation.MediationDecisions;
import com.disputedesk.mediation.MediatorDesk;
import com.disputedesk.worklist.WorkItem;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.test.context.TestComponent;

/** Test fixtures: orders and disputes in a given stage, driven through the real API and services. */
@TestComponent
public class Cases {
  private static final AtomicInteger SEQUENCE = new AtomicInteger();
  private final ApiClient api;
  private final MediatorDesk desk;
  private final MediationDecisions decisions;
  private final Clock clock;

  Cases(ApiClient api, MediatorDesk desk, MediationDecisions decisions, Clock clock) {
    this.api = api;
    this.desk = desk;
    this.decisions = decisions;
    this.clock = clock;
  }

  public static String unique(String prefix) {
    return prefix + "-" + System.nanoTime() % 1_000_000_000L + "-" + SEQUENCE.incrementAndGet();
  }

  /** An order paid 12168.71 RUB of which 500.00 with coupons, unconfirmed, protected for 20 more days. */
  public Map<String, Object> order(String orderId, String sellerId) {
    Map<String, Object> order = new LinkedHashMap<>();
    order.put("orderId", orderId);
    order.put("sellerId", sellerId);
    order.put("storeName", "Gadget Store");
    order.put("itemTitle", "Wireless earbuds");
    order.put("totalPaid", Map.of("amount", "12168.71", "currency", "RUB"));
    order.put("couponPaid", Map.of("amount", "500.00", "currency", "RUB"));
    order.put("trackingNumber", "RU123456789CN");
    order.put("protectionEndsAt", clock.instant().plus(Duration.ofDays(20)).toString());
    return order;
  }

  public Map<String, Object> openRequest(Map<String, Object> order, boolean goodsReceived) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("order", order);
    body.put("reason", goodsReceived ? "EMPTY_PACKAGE" : "NOT_RECEIVED");
    body.put("goodsReceived", goodsReceived);
    body.put("requestedOutcome", Map.of("type", "FULL_REFUND"));
    body.put("description", "The parcel never arrived although tracking says delivered.");
    return body;
  }

  /** A fresh dispute in negotiation: returns {id, buyer, seller}. */
  public Dispute open() {
    String buyer = unique("buyer");
    String seller = unique("seller");
    var answer = api.post("/api/v1/disputes", buyer, openRequest(order(unique("ORD"), seller), false));
    if (answer.status() != 201) {
      throw new IllegalStateException("open failed: " + answer.body());
    }
    return new Dispute(answer.id(), buyer, seller);
  }

  /** Seller rejects, buyer escalates: the dispute waits in the mediators' queue. */
  public Dispute escalated() {
    return escalate(open());
  }

  /** Escalated, on an order id of the caller's choice (to find a group of cases by one search). */
  public Dispute escalated(String orderId) {
    String buyer = unique("buyer");
    String seller = unique("seller");
    var answer = api.post("/api/v1/disputes", buyer, openRequest(order(orderId, seller), false));
    if (answer.status() != 201) {
      throw new IllegalStateException("open failed: " + answer.body());
    }
    return escalate(new Dispute(answer.id(), buyer, seller));
  }

  private Dispute escalate(Dispute d) {
    api.post("/api/v1/disputes/" + d.id() + "/seller-response", d.seller(),
        Map.of("action", "REJECT", "message", "Tracking shows the parcel was delivered."));
    var answer = api.post("/api/v1/disputes/" + d.id() + "/escalate", d.buyer(), null);
    if (answer.status() != 200) {
      throw new IllegalStateException("escalate failed: " + answer.body());
    }
    return d;
  }

  public WorkItem task(UUID disputeId) {
    return desk.open(disputeId).openTask().orElseThrow();
  }

  public WorkItem claimed(Dispute d, String mediator) {
    return desk.claim(task(d.id()).taskId(), mediator);
  }

  public void decidePartial(Dispute d, String mediator, String amount) {
    decisions.decide(d.id(), mediator, new DecisionCommand(com.disputedesk.mediation.DecisionOutcome.PARTIAL_REFUND,
        new BigDecimal(amount), com.disputedesk.mediation.DecisionReason.NOT_AS_DESCRIBED_CONFIRMED,
        "The photos show a different colour than the listing."));
  }

  public void decideFull(Dispute d, String mediator) {
    decisions.decide(d.id(), mediator, new DecisionCommand(com.disputedesk.mediation.DecisionOutcome.FULL_REFUND,
        null, com.disputedesk.mediation.DecisionReason.EMPTY_PARCEL_CONFIRMED,
        "The postal opening report shows the parcel arrived empty."));
  }

  public void decideRejected(Dispute d, String mediator) {
    decisions.decide(d.id(), mediator, new DecisionCommand(com.disputedesk.mediation.DecisionOutcome.REJECTED,
        null, com.disputedesk.mediation.DecisionReason.INSUFFICIENT_BUYER_EVIDENCE,
        "The tracking shows delivery to the buyer's own parcel locker."));
  }

  /** Escalated, claimed and decided by {@code mediator} (partial refund 1000.00): the appeal window is open. */
  public Dispute decided(String mediator) {
    Dispute d = escalated();
    claimed(d, mediator);
    decidePartial(d, mediator, "1000.00");
    return d;
  }

  /** Decided by {@code mediator}, then appealed by the buyer: the appeal waits for the commission. */
  public Dispute appealed(String mediator) {
    Dispute d = decided(mediator);
    var answer = api.post(d.path() + "/appeal", d.buyer(), Map.of("description",
        "The seller's invoice was edited; the postal opening report shows the parcel was empty."));
    if (answer.status() != 201) {
      throw new IllegalStateException("appeal failed: " + answer.body());
    }
    return d;
  }

  /** A complaint against a fresh seller's listing, answered by the seller: its case waits for a reviewer. */
  public UUID answeredComplaintCase() {
    String seller = unique("seller");
    var complaint = api.post("/api/v1/complaints", unique("reporter"), Map.of("type", "OFF_PLATFORM_TRADING",
        "subReason", "PAYMENT_OUTSIDE_PLATFORM", "productUrl", "https://shop.example/item/" + seller,
        "accusedSellerId", seller));
    api.post("/api/v1/complaints/" + complaint.id() + "/response", seller, Map.of("message", "No contact details."));
    return UUID.fromString(api.get("/api/v1/complaints/" + complaint.id(), seller).body().path("caseId").asText());
  }

  public record Dispute(UUID id, String buyer, String seller) {
    public String path() {
      return "/api/v1/disputes/" + id;
    }
  }
}
