package com.disputedesk.reliability;

import com.disputedesk.support.AppNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * One marketplace case driven through a node's API, remembering which calls the node acknowledged. Case {@code n}
 * takes one of three paths: the seller accepts (an agreement and its refund instruction), the seller rejects and the
 * buyer escalates (a mediation task and its SLA timer), or nothing more (negotiation and its timer).
 */
final class CaseRun {
  enum Path { AGREED, ESCALATED, NEGOTIATING }

  final int n;
  final Path path;
  final String buyer;
  final String seller;
  final String orderId;
  /** Built once: a retry must send the very same body, or its Idempotency-Key is refused. */
  private final Map<String, Object> openRequest;
  volatile UUID id;
  volatile boolean opened;
  volatile boolean responded;
  volatile boolean escalated;
  /** The status of the last call the node did not acknowledge (-1: no answer at all). */
  volatile int refusedWith;

  CaseRun(String run, int n) {
    this.n = n;
    this.path = Path.values()[n % 3];
    this.buyer = run + "-buyer-" + n;
    this.seller = run + "-seller-" + n;
    this.orderId = run + "-order-" + n;
    this.openRequest = openRequest();
  }

  boolean done() {
    return opened && (path == Path.NEGOTIATING || responded) && (path != Path.ESCALATED || escalated);
  }

  /** Takes the next steps; stops at the first call the node did not acknowledge. Returns whether all are done. */
  boolean advance(AppNode node) {
    if (!opened) {
      AppNode.Answer answer = node.post("/api/v1/disputes", buyer, openRequest, orderId);
      if (!answer.acknowledged()) {
        refusedWith = answer.status();
        return false;
      }
      UUID answered = UUID.fromString(answer.body().path("id").asText());
      if (id != null && !id.equals(answered)) {
        throw new AssertionError("case " + n + " was acknowledged as " + id + " and replayed as " + answered);
      }
      id = answered;
      opened = true;
    }
    if (path != Path.NEGOTIATING && !responded) {
      String action = path == Path.AGREED ? "ACCEPT" : "REJECT";
      AppNode.Answer answer = node.post("/api/v1/disputes/" + id + "/seller-response", seller,
          Map.of("action", action, "message", "Seller says " + action), null);
      // 409: the response landed before the crash although its answer never arrived
      if (!answer.acknowledged() && answer.status() != 409) {
        refusedWith = answer.status();
        return false;
      }
      responded = true;
    }
    if (path == Path.ESCALATED && !escalated) {
      AppNode.Answer answer = node.post("/api/v1/disputes/" + id + "/escalate", buyer, Map.of(), null);
      if (!answer.acknowledged() && answer.status() != 409) {
        refusedWith = answer.status();
        return false;
      }
      escalated = true;
    }
    return true;
  }

  private Map<String, Object> openRequest() {
    Map<String, Object> order = new LinkedHashMap<>();
    order.put("orderId", orderId);
    order.put("sellerId", seller);
    order.put("storeName", "Crash Store");
    order.put("itemTitle", "Item " + n);
    order.put("totalPaid", Map.of("amount", "1500.00", "currency", "RUB"));
    order.put("couponPaid", Map.of("amount", "0.00", "currency", "RUB"));
    order.put("protectionEndsAt", Instant.now().plus(20, ChronoUnit.DAYS).toString());
    Map<String, Object> request = new LinkedHashMap<>();
    request.put("order", order);
    request.put("reason", "NOT_RECEIVED");
    request.put("goodsReceived", false);
    request.put("requestedOutcome", Map.of("type", "FULL_REFUND"));
    request.put("description", "Never arrived (case " + n + ").");
    return request;
  }
}
